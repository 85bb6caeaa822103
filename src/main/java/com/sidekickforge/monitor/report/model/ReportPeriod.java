package com.sidekickforge.monitor.report.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The days a report covers (both ends inclusive, in the billing zone) and how its trend is bucketed.
 *
 * @param kind one of the named periods, a custom range or the period a trend compares with
 * @param bucket days for most periods, weeks for {@code 6m}, months for {@code 12m}
 */
public record ReportPeriod(PeriodKind kind, LocalDate first, LocalDate last, Bucket bucket) {

	/** The longest custom period: a little over a year, like the longest named one. */
	static final int MAX_CUSTOM_DAYS = 400;

	/** How a trend groups the days of a period. */
	public enum Bucket {

		DAY, WEEK, MONTH

	}

	public ReportPeriod {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("period " + kind + ": 'from' " + first + " is after 'to' " + last);
		}
	}

	/** Its kind's key, as files and pages name it: {@code current}, {@code 30d}, {@code custom}. */
	public String name() {
		return this.kind.key();
	}

	/** A named period on the as-of day. */
	public static ReportPeriod of(PeriodKind kind, LocalDate asOf) {
		return switch (kind) {
			case CURRENT -> new ReportPeriod(kind, asOf.withDayOfMonth(1), asOf, Bucket.DAY);
			case LAST_7_DAYS -> new ReportPeriod(kind, asOf.minusDays(6), asOf, Bucket.DAY);
			case LAST_30_DAYS -> new ReportPeriod(kind, asOf.minusDays(29), asOf, Bucket.DAY);
			case LAST_6_MONTHS -> new ReportPeriod(kind, asOf.minusWeeks(26).plusDays(1), asOf, Bucket.WEEK);
			case LAST_12_MONTHS -> new ReportPeriod(kind, asOf.withDayOfMonth(1).minusMonths(11), asOf, Bucket.MONTH);
			case CUSTOM, PREVIOUS -> throw new IllegalArgumentException(kind + " is not a named period");
		};
	}

	/**
	 * The period a name means on the as-of day; {@code from} and {@code to} only for {@code custom}.
	 *
	 * @throws IllegalArgumentException naming what was wrong and what is accepted
	 */
	public static ReportPeriod of(String name, LocalDate from, LocalDate to, LocalDate asOf) {
		PeriodKind kind = (name == null || name.isBlank())
				? ((from != null || to != null) ? PeriodKind.CUSTOM : PeriodKind.CURRENT)
				: PeriodKind.asked(name).orElseThrow(() -> new IllegalArgumentException(
						"period must be one of " + String.join(", ", PeriodKind.namedKeys()) + ", "
								+ PeriodKind.CUSTOM + " (got '" + name + "')"));
		if (kind != PeriodKind.CUSTOM && (from != null || to != null)) {
			throw new IllegalArgumentException("--from/--to go with period custom, not with '" + kind + "'");
		}
		return (kind == PeriodKind.CUSTOM) ? custom(from, to) : of(kind, asOf);
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
		ReportPeriod period = new ReportPeriod(PeriodKind.CUSTOM, from, to, Bucket.DAY);
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
		if (this.kind == PeriodKind.CURRENT) {
			LocalDate start = this.first.minusMonths(1);
			LocalDate end = start.plusDays(days() - 1);
			LocalDate monthEnd = start.withDayOfMonth(start.lengthOfMonth());
			return new ReportPeriod(PeriodKind.PREVIOUS, start, end.isAfter(monthEnd) ? monthEnd : end, this.bucket);
		}
		return new ReportPeriod(PeriodKind.PREVIOUS, this.first.minusDays(days()), this.first.minusDays(1), this.bucket);
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
		return shortLabel(this.kind, this.first, this.last);
	}

	/** {@link #shortLabel()} of a period known by its kind and days. */
	public static String shortLabel(PeriodKind kind, LocalDate first, LocalDate last) {
		String title = kind.title();
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
		return this.kind.longTitle() + ", " + this.first.format(format) + " \u2013 " + this.last.format(format);
	}

}
