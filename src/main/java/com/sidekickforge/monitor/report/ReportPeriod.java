package com.sidekickforge.monitor.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The days a report covers (both ends inclusive, in the billing zone) and how its trend is bucketed.
 *
 * @param name {@code current}, {@code 7d}, {@code 30d}, {@code 6m}, {@code 12m} or {@code custom}
 * @param bucket days for most periods, weeks for {@code 6m}, months for {@code 12m}
 */
public record ReportPeriod(String name, LocalDate first, LocalDate last, Bucket bucket) {

	/** The periods a report file embeds, so its period selector needs no server. */
	public static final List<String> NAMED = List.of("current", "7d", "30d", "6m", "12m");

	/** The longest custom period: a little over a year, like the longest named one. */
	static final int MAX_CUSTOM_DAYS = 400;

	/** How a trend groups the days of a period. */
	public enum Bucket {

		DAY, WEEK, MONTH

	}

	public ReportPeriod {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("period " + name + ": 'from' " + first + " is after 'to' " + last);
		}
	}

	/**
	 * The period a name means on the as-of day; {@code from} and {@code to} only for {@code custom}.
	 *
	 * @throws IllegalArgumentException naming what was wrong and what is accepted
	 */
	public static ReportPeriod of(String name, LocalDate from, LocalDate to, LocalDate asOf) {
		String period = (name == null || name.isBlank()) ? ((from != null || to != null) ? "custom" : "current")
				: name.trim().toLowerCase(Locale.ROOT);
		if (!"custom".equals(period) && (from != null || to != null)) {
			throw new IllegalArgumentException("--from/--to go with period custom, not with '" + period + "'");
		}
		return switch (period) {
			case "current" -> new ReportPeriod(period, asOf.withDayOfMonth(1), asOf, Bucket.DAY);
			case "7d" -> new ReportPeriod(period, asOf.minusDays(6), asOf, Bucket.DAY);
			case "30d" -> new ReportPeriod(period, asOf.minusDays(29), asOf, Bucket.DAY);
			case "6m" -> new ReportPeriod(period, asOf.minusWeeks(26).plusDays(1), asOf, Bucket.WEEK);
			case "12m" -> new ReportPeriod(period, asOf.withDayOfMonth(1).minusMonths(11), asOf, Bucket.MONTH);
			case "custom" -> custom(from, to);
			default -> throw new IllegalArgumentException("period must be one of current, 7d, 30d, 6m, 12m, custom"
					+ " (got '" + name + "')");
		};
	}

	private static ReportPeriod custom(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw new IllegalArgumentException("period custom needs both --from and --to (YYYY-MM-DD)");
		}
		for (LocalDate day : new LocalDate[] { from, to }) {
			if (day.getYear() < 1970 || day.getYear() > 9999) {
				throw new IllegalArgumentException("period custom: " + day + " is not a day from 1970 to 9999");
			}
		}
		ReportPeriod period = new ReportPeriod("custom", from, to, Bucket.DAY);
		if (period.days() > MAX_CUSTOM_DAYS) {
			throw new IllegalArgumentException("period custom: " + period.days() + " days from " + from + " to " + to
					+ " (at most " + MAX_CUSTOM_DAYS + ")");
		}
		return period;
	}

	public long days() {
		return ChronoUnit.DAYS.between(this.first, this.last) + 1;
	}

	/** The billing period (month) whose quotas the report's rings show: the one holding the last day. */
	public LocalDate billingPeriodStart() {
		return this.last.withDayOfMonth(1);
	}

	/**
	 * The period a trend compares with: for {@code current} the same days of the previous month (cut at its
	 * end), otherwise the same number of days right before.
	 */
	public ReportPeriod previous() {
		if ("current".equals(this.name)) {
			LocalDate start = this.first.minusMonths(1);
			LocalDate end = start.plusDays(days() - 1);
			LocalDate monthEnd = start.withDayOfMonth(start.lengthOfMonth());
			return new ReportPeriod("previous", start, end.isAfter(monthEnd) ? monthEnd : end, this.bucket);
		}
		return new ReportPeriod("previous", this.first.minusDays(days()), this.first.minusDays(1), this.bucket);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.first) && !day.isAfter(this.last);
	}

	/** The first day of the bucket a day falls in (weeks start on Monday). */
	public LocalDate bucketOf(LocalDate day) {
		return switch (this.bucket) {
			case DAY -> day;
			case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
			case MONTH -> day.withDayOfMonth(1);
		};
	}

	/**
	 * The period as a selector offers it, short enough for a phone's width: "Billing period to date, 1–25 Nov",
	 * "Last 30 days, 27 Oct – 25 Nov", "Last 12 months, Dec 2025 – Nov 2026".
	 */
	public String shortLabel() {
		return shortLabel(this.name, this.first, this.last);
	}

	/** {@link #shortLabel()} of a period known by its name and days. */
	static String shortLabel(String name, LocalDate first, LocalDate last) {
		String title = switch (name) {
			case "current" -> "Billing period to date";
			case "7d" -> "Last 7 days";
			case "30d" -> "Last 30 days";
			case "6m" -> "Last 6 months";
			case "12m" -> "Last 12 months";
			default -> "Custom";
		};
		DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
		String range;
		if (first.getYear() != last.getYear()) {
			DateTimeFormatter full = DateTimeFormatter.ofPattern(first.getDayOfMonth() == 1
					&& last.equals(last.withDayOfMonth(last.lengthOfMonth())) ? "MMM yyyy" : "d MMM yyyy",
					Locale.ENGLISH);
			range = first.format(full) + " \u2013 " + last.format(full);
		}
		else if (first.getMonth() != last.getMonth()) {
			range = first.getDayOfMonth() + " " + first.format(month) + " \u2013 " + last.getDayOfMonth()
					+ " " + last.format(month);
		}
		else {
			range = first.getDayOfMonth() + "\u2013" + last.getDayOfMonth() + " " + last.format(month);
		}
		return title + ", " + range;
	}

	/** "1 Nov 2026 – 25 Nov 2026" with the period's name for people. */
	public String label() {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
		String title = switch (this.name) {
			case "current" -> "Billing period to date";
			case "7d" -> "Last 7 days";
			case "30d" -> "Last 30 days";
			case "6m" -> "Last 6 months (weekly)";
			case "12m" -> "Last 12 months (monthly)";
			default -> "Custom period";
		};
		return title + ", " + this.first.format(format) + " \u2013 " + this.last.format(format);
	}

}
