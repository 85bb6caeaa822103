package com.sidekickforge.monitor.report.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The health panel: the newest health check (within {@code forge.health.freshness}) and what the report itself could
 * read. Statuses are {@code healthy}, {@code degraded}, {@code down} or {@code not_checked}.
 *
 * @param status the worst of LiveKit, the databases and the API in this scope
 * @param problems everything in this scope that is not healthy, down first, with its reason: the panel's headline
 * @param livekit the status of the LiveKit server this scope's calls use (a client's own, else the platform's)
 * @param livekitServer that server's name ("platform LiveKit", "LiveKit of acme"), null when not checked
 * @param databases one entry per database: probed by the check, or read while building the report
 * @param apiLatency the API endpoints' status with average and p95, or {@code not_checked}
 * @param containerResources always "not tracked": the sources do not record it
 * @param errorRate failed actions of the period, from the platform's activity log
 * @param checkedAt when the check shown ran, null when none is recent enough
 * @param probes every probe of that check this scope may see
 * @param clients per client of the scope: the worst of its LiveKit, its tenant database and its error rate
 */
public record HealthSummary(String status, List<Problem> problems, String livekit, String livekitServer, List<DatabaseHealth> databases,
		String apiLatency, String containerResources, ErrorRate errorRate, String message, Instant checkedAt, List<Probe> probes,
		List<ClientHealth> clients) {

	/**
	 * Failed actions of the period in the platform's {@code activity_log}, with their trend per bucket.
	 *
	 * @param percent failed / total; null when nothing was done
	 */
	public record ErrorRate(long actions, long failed, Double percent, List<ErrorRateDay> trend) {
	}

	/** One trend bucket of the error rate. */
	public record ErrorRateDay(LocalDate date, long actions, long failed, Double percent) {
	}

	/**
	 * @param reachable whether it answered (the check's probe, else while the report was built)
	 * @param latencyMillis the probe's answer time, null when not probed
	 */
	public record DatabaseHealth(String name, boolean reachable, String error, String status, Long latencyMillis) {
	}

	/** Something not healthy: what, how bad, why (null when the scope may not see why). */
	public record Problem(String target, String status, String reason) {
	}

	/** One probe of the check: what, how it answered and why it is not healthy (never a secret). */
	public record Probe(String kind, String target, String status, Long latencyMillis, Long p95Millis, String reason,
			Integer activeSessions) {
	}

	/**
	 * A client's health.
	 *
	 * @param livekit its own LiveKit's status, or the platform's
	 * @param database its tenant database's status ({@code shared} when it has none of its own)
	 * @param errorRatePercent failed share of today's actions and probes of its own things, null when none
	 * @param trend failed share of actions and probes per day of the period
	 * @param reason what makes it worse than healthy, null when nothing
	 */
	public record ClientHealth(UUID clientId, String name, String slug, String status, String livekit, String database,
			Double errorRatePercent, List<ErrorRateDay> trend, String reason) {
	}

}
