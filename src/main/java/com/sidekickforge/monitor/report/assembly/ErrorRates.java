package com.sidekickforge.monitor.report.assembly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import com.sidekickforge.monitor.health.ProbeCounts;
import com.sidekickforge.monitor.report.model.HealthSummary;

/**
 * A client's error rate: failed actions and LiveKit probes down of all, per trend bucket, and the status the
 * latest bucket's rate gives against {@code forge.health.error-rate-degraded} and {@code error-rate-down}.
 */
record ErrorRates(double degraded, double down) {

	/** {@code healthy}, {@code degraded} or {@code down}; healthy when nothing was counted. */
	String status(Double percent) {
		if (percent != null && percent >= this.down) {
			return "down";
		}
		if (percent != null && percent >= this.degraded) {
			return "degraded";
		}
		return "healthy";
	}

	/** Actions per bucket with the probes added to the bucket of their day. */
	static List<HealthSummary.ErrorRateDay> trend(List<HealthSummary.ErrorRateDay> actions,
			Map<LocalDate, ProbeCounts> probes) {
		// A bucket's actions and failed actions counted as probes and probes down, so the two add up.
		NavigableMap<LocalDate, ProbeCounts> buckets = new TreeMap<>();
		actions.forEach((d) -> buckets.put(d.date(), new ProbeCounts(d.actions(), d.failed())));
		probes.forEach((day, counts) -> {
			var bucket = buckets.floorEntry(day);
			if (bucket != null) {
				buckets.put(bucket.getKey(), bucket.getValue().plus(counts));
			}
		});
		List<HealthSummary.ErrorRateDay> days = new ArrayList<>();
		buckets.forEach((day, counts) -> days.add(new HealthSummary.ErrorRateDay(day, counts.total(), counts.down(),
				percent(counts.total(), counts.down()))));
		return days;
	}

	/** Failed of all in percent with two decimals; null when there was nothing. */
	static Double percent(long all, long failed) {
		return (all == 0) ? null : Math.round(10000.0 * failed / all) / 100.0;
	}

}
