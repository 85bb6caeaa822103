package com.sidekickforge.monitor.quota;

import java.util.Locale;

/**
 * The three quotas of a tier. The names are the ones users see in webhooks and files
 * ({@code voice_seconds}, ...); the defaults are the product's limits for a tier without a
 * {@code tier_quotas} row.
 */
public enum QuotaMetric {

	VOICE_SECONDS("Voice", "minutes", 6000),

	TEXT_MESSAGES("Text messages", "messages", 1000),

	EMBEDDING_CHUNKS("Embedding chunks", "chunks", 10000);

	private final String title;

	private final String unit;

	private final long productDefault;

	QuotaMetric(String title, String unit, long productDefault) {
		this.title = title;
		this.unit = unit;
		this.productDefault = productDefault;
	}

	/** As in webhooks, files and the ledger: {@code voice_seconds}, {@code text_messages}, {@code embedding_chunks}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String title() {
		return this.title;
	}

	/** The unit shown to people: voice is shown in minutes. */
	public String unit() {
		return this.unit;
	}

	public long productDefault() {
		return this.productDefault;
	}

	/**
	 * An amount in the unit people read: voice seconds as minutes to one decimal (half up), others as they are.
	 * Every place that shows a figure (dashboard, PDF, mail, JSON's {@code used_minutes}) goes through here, so
	 * one amount reads the same everywhere.
	 */
	public double inUnit(long amount) {
		return (this == VOICE_SECONDS) ? Math.round(amount / 6.0) / 10.0 : amount;
	}

	/** "1,234" or, for voice, "118" / "117.5" (minutes, a tenth shown only when there is one). */
	public String format(long amount) {
		return number(inUnit(amount));
	}

	/** "118 minutes", "1,234 messages". */
	public String withUnit(long amount) {
		return format(amount) + " " + this.unit;
	}

	/** A number with thousands separators and its tenth when it has one: "1,234", "117.5". */
	public static String number(double value) {
		return (value == Math.rint(value)) ? String.format(Locale.ROOT, "%,d", (long) value)
				: String.format(Locale.ROOT, "%,.1f", value);
	}

	public static QuotaMetric ofKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

}
