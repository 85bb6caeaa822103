package com.sidekickforge.monitor.quota;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * When a limited quota runs out at the client's recent pace, counted day by day: the mean of the last
 * {@value #LOOKBACK_DAYS} complete days, workdays and weekend days apart (a client whose weekends are quiet burns
 * its quota on workdays, so a Monday ahead counts more than a Sunday), each remaining day of the period adding its
 * kind's mean until the limit is reached.
 *
 * @param workdayPace mean use on a workday of the lookback, in the quota's units
 * @param weekendPace mean use on a Saturday or Sunday of the lookback
 * @param reachedOn the day the limit is reached at that pace, within the period; null when not before it ends
 */
public record ExhaustionForecast(double workdayPace, double weekendPace, LocalDate reachedOn) {

	/** Two weeks: every weekday twice, so one odd day moves the pace by a tenth at most on workdays. */
	public static final int LOOKBACK_DAYS = 14;

	/**
	 * @param quota used and limit now
	 * @param daily the client's use per day (all sidekicks), any days; missing days count as nothing used
	 * @param today the day of the evaluation (billing zone): the lookback ends the day before, the projection
	 * starts with it
	 * @param periodEnd the last day of the billing period
	 * @return empty for an unlimited quota or one already at its limit
	 */
	public static Optional<ExhaustionForecast> of(Quota quota, Map<LocalDate, Long> daily, LocalDate today,
			LocalDate periodEnd) {
		if (quota.unlimited() || quota.used() >= quota.limit()) {
			return Optional.empty();
		}
		double[] sums = new double[2];
		int[] days = new int[2];
		for (LocalDate day = today.minusDays(LOOKBACK_DAYS); day.isBefore(today); day = day.plusDays(1)) {
			int kind = weekend(day) ? 1 : 0;
			sums[kind] += daily.getOrDefault(day, 0L);
			days[kind]++;
		}
		double workday = sums[0] / days[0];
		double weekend = sums[1] / days[1];
		return Optional.of(new ExhaustionForecast(workday, weekend,
				reachedOn(quota.limit() - quota.used(), workday, weekend, today, periodEnd)));
	}

	/**
	 * The day {@code remaining} is used up from {@code today} on, each day adding its kind's pace; null when not by
	 * {@code periodEnd}. (The same pace for both kinds is a flat pace.)
	 */
	public static LocalDate reachedOn(double remaining, double workdayPace, double weekendPace, LocalDate today,
			LocalDate periodEnd) {
		double projected = 0;
		for (LocalDate day = today; !day.isAfter(periodEnd); day = day.plusDays(1)) {
			projected += weekend(day) ? weekendPace : workdayPace;
			if (projected >= remaining) {
				return day;
			}
		}
		return null;
	}

	/** The mean use per day over a week at this pace (five workdays, two weekend days). */
	public double weeklyMeanPerDay() {
		return (5 * this.workdayPace + 2 * this.weekendPace) / 7;
	}

	/** Saturday or Sunday: the kind of day the pace, and an unusual day's baseline, tell apart from workdays. */
	public static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
