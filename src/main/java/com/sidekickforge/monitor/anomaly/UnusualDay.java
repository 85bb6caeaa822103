package com.sidekickforge.monitor.anomaly;

import java.time.LocalDate;

import com.sidekickforge.monitor.quota.ExhaustionForecast;

/**
 * A day far above a sidekick's own normal for one metric.
 *
 * @param amount the day's use, in the metric's units (voice in seconds)
 * @param median the median of the baseline days
 * @param usualLow the baseline's 10th percentile: on most days the use lies between this and {@code usualHigh}
 * @param usualHigh the baseline's 90th percentile
 * @param score how many robust deviations above the median
 * @param byKindOfDay whether the baseline held only days of the same kind (workdays or weekend days), because the
 * sidekick's weeks have a rhythm
 */
public record UnusualDay(LocalDate day, long amount, double median, double usualLow, double usualHigh, double score,
		boolean byKindOfDay) {

	/** What the day was compared with: "workdays", "weekend days" or "every day" of the four weeks before. */
	public String comparedWith() {
		return !this.byKindOfDay ? "every day" : ExhaustionForecast.weekend(this.day) ? "weekend days" : "workdays";
	}

}
