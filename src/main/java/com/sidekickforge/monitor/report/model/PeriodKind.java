package com.sidekickforge.monitor.report.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a report period is: one of the named periods a page offers, a custom range, or the period a trend compares
 * with. Its key is the name people type and files carry ({@code summary-30d.pdf}).
 */
public enum PeriodKind {

	CURRENT("current", "Billing period to date", "Billing period to date"),

	LAST_7_DAYS("7d", "Last 7 days", "Last 7 days"),

	LAST_30_DAYS("30d", "Last 30 days", "Last 30 days"),

	LAST_6_MONTHS("6m", "Last 6 months", "Last 6 months (weekly)"),

	LAST_12_MONTHS("12m", "Last 12 months", "Last 12 months (monthly)"),

	CUSTOM("custom", "Custom", "Custom period"),

	/** The period a trend compares with. */
	PREVIOUS("previous", "Custom", "Custom period");

	/** The periods a report file embeds, so its period selector needs no server. */
	public static final List<PeriodKind> NAMED = List.of(CURRENT, LAST_7_DAYS, LAST_30_DAYS, LAST_6_MONTHS,
			LAST_12_MONTHS);

	private final String key;

	private final String title;

	private final String longTitle;

	PeriodKind(String key, String title, String longTitle) {
		this.key = key;
		this.title = title;
		this.longTitle = longTitle;
	}

	/** The name people type and files carry. */
	public String key() {
		return this.key;
	}

	/** Its name in a period selector: "Last 30 days". */
	String title() {
		return this.title;
	}

	/** Its name in a report's heading, with how its trend is bucketed: "Last 6 months (weekly)". */
	String longTitle() {
		return this.longTitle;
	}

	/** A kind a person may ask for by name ({@link #NAMED} or custom), whatever its case and spaces. */
	static Optional<PeriodKind> asked(String name) {
		String key = name.trim().toLowerCase(Locale.ROOT);
		return (CUSTOM.key.equals(key)) ? Optional.of(CUSTOM)
				: NAMED.stream().filter((kind) -> kind.key.equals(key)).findFirst();
	}

	/** The kind a key names, whatever kind it is (a report's data carries its period's key). */
	public static PeriodKind ofKey(String key) {
		for (PeriodKind kind : values()) {
			if (kind.key.equals(key)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("No period is called '" + key + "'");
	}

	/** The keys of the named periods, as settings and job parameters accept them. */
	public static List<String> namedKeys() {
		return NAMED.stream().map(PeriodKind::key).toList();
	}

	@Override
	public String toString() {
		return this.key;
	}

}
