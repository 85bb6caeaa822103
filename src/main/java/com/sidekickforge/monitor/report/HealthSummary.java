package com.sidekickforge.monitor.report;

import java.util.List;

/**
 * The health panel. Until health checks run, LiveKit and API latency are {@code not_checked}; whether every
 * source database could be read while building the report is always known.
 *
 * @param status {@code healthy}, {@code degraded}, {@code down} or {@code not_checked}
 * @param databases one entry per source database the report read
 * @param containerResources always "not tracked": the sources do not record it
 */
public record HealthSummary(String status, String livekit, List<DatabaseHealth> databases, String apiLatency,
		String containerResources, String message) {

	/** @param reachable whether it answered while the report was built */
	public record DatabaseHealth(String name, boolean reachable, String error) {
	}

}
