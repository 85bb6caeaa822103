package com.sidekickforge.monitor.report;

import java.util.List;

/**
 * The health panel. Until health checks run, LiveKit and API latency are {@code not_checked}; whether every
 * source database could be read while building the report is always known.
 *
 * @param status {@code healthy}, {@code degraded}, {@code down} or {@code not_checked}
 * @param databases one entry per source database the report read
 * @param containerResources always "not tracked": the sources do not record it
 * @param errorRate failed actions of the period, from the platform's activity log
 */
public record HealthSummary(String status, String livekit, List<DatabaseHealth> databases, String apiLatency,
		String containerResources, ErrorRate errorRate, String message) {

	/**
	 * Failed actions of the period in the platform's {@code activity_log}, with their trend per bucket.
	 *
	 * @param percent failed / total; null when nothing was done
	 */
	public record ErrorRate(long actions, long failed, Double percent, List<ErrorRateDay> trend) {
	}

	/** One trend bucket of the error rate. */
	public record ErrorRateDay(java.time.LocalDate date, long actions, long failed, Double percent) {
	}

	/** @param reachable whether it answered while the report was built */
	public record DatabaseHealth(String name, boolean reachable, String error) {
	}

}
