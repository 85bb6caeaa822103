package com.sidekickforge.monitor.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sidekickforge.monitor.quota.ExhaustionForecast;
import com.sidekickforge.monitor.quota.Quota;

/**
 * For {@code backtest-alerts --paces}: how close each way of reading a client's pace comes to the day its limit
 * was actually reached, over every day within the lead time before it. The pace in use (workdays and weekend days
 * of the last two weeks apart) against a flat mean of the last two weeks, of the last week, and of the billing
 * period so far. A projection that does not reach the limit before the period ends counts as the day after it.
 */
final class PaceComparison {

	/** The period mean needs a week of the period behind it to be a pace at all. */
	private static final int PERIOD_DAYS_BEFORE = 7;

	private final int leadDays;

	private final String[] names = { "workdays and weekends apart, 14 days (in use)", "flat mean of 14 days",
			"flat mean of 7 days", "mean of the billing period so far" };

	private final List<long[]> errors = new ArrayList<>();

	PaceComparison(int leadDays) {
		this.leadDays = leadDays;
	}

	/**
	 * Adds the day's projections of a quota whose limit was reached on {@code reachedOn}, if that day lies within
	 * the lead time ahead and the quota is not yet at its limit.
	 *
	 * @param quota used before {@code today} and the limit
	 * @param daily the client's use of the metric per day
	 */
	void add(Quota quota, Map<LocalDate, Long> daily, LocalDate today, LocalDate reachedOn) {
		LocalDate periodStart = YearMonth.from(today).atDay(1);
		LocalDate periodEnd = YearMonth.from(today).atEndOfMonth();
		long ahead = ChronoUnit.DAYS.between(today, reachedOn);
		if (quota.unlimited() || quota.used() >= quota.limit() || ahead < 0 || ahead > this.leadDays
				|| ChronoUnit.DAYS.between(periodStart, today) < PERIOD_DAYS_BEFORE) {
			return;
		}
		long remaining = quota.limit() - quota.used();
		LocalDate weekdayAware = ExhaustionForecast.of(quota, daily, today, periodEnd)
			.map(ExhaustionForecast::reachedOn)
			.orElse(null);
		double periodMean = (double) quota.used() / ChronoUnit.DAYS.between(periodStart, today);
		LocalDate[] projected = { weekdayAware, flat(remaining, mean(daily, today, 14), today, periodEnd),
				flat(remaining, mean(daily, today, 7), today, periodEnd), flat(remaining, periodMean, today, periodEnd) };
		long[] error = new long[projected.length];
		for (int i = 0; i < projected.length; i++) {
			LocalDate day = (projected[i] != null) ? projected[i] : periodEnd.plusDays(1);
			error[i] = ChronoUnit.DAYS.between(reachedOn, day);
		}
		this.errors.add(error);
	}

	/** The comparison as lines to print: per pace the mean error in days, its bias and the share within a day. */
	List<String> lines() {
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "Paces against the day each limit was actually reached: %d forecast(s) "
				+ "made 0-%d days before it, after the period's first week", this.errors.size(), this.leadDays));
		for (int i = 0; i < this.names.length; i++) {
			int pace = i;
			double absolute = this.errors.stream().mapToLong((e) -> Math.abs(e[pace])).average().orElse(0);
			double bias = this.errors.stream().mapToLong((e) -> e[pace]).average().orElse(0);
			long withinADay = this.errors.stream().filter((e) -> Math.abs(e[pace]) <= 1).count();
			lines.add(String.format(Locale.ROOT, "  %-48s off by %.2f days on average (%+.2f: %s), within a day %d of %d",
					this.names[i], absolute, bias, (bias < 0) ? "early" : "late", withinADay, this.errors.size()));
		}
		return lines;
	}

	private static double mean(Map<LocalDate, Long> daily, LocalDate today, int days) {
		long sum = 0;
		for (LocalDate day = today.minusDays(days); day.isBefore(today); day = day.plusDays(1)) {
			sum += daily.getOrDefault(day, 0L);
		}
		return (double) sum / days;
	}

	/** The day the remaining use is reached at the same pace every day, or null when not within the period. */
	private static LocalDate flat(long remaining, double pace, LocalDate today, LocalDate periodEnd) {
		return ExhaustionForecast.reachedOn(remaining, pace, pace, today, periodEnd);
	}

}
