package com.sidekickforge.monitor.health;

import java.time.Instant;
import java.util.UUID;

/**
 * One probed thing at one check.
 *
 * @param kind {@code livekit}, {@code database} or {@code api}
 * @param target what was probed, as a person reads it ("platform LiveKit", "tenant database of acme")
 * @param clientId the client it belongs to (its own LiveKit or tenant database), null when shared
 * @param activeSessions LiveKit only: voice sessions going on
 */
public record HealthSample(Instant checkedAt, String kind, String target, UUID clientId, ProbeStatus status,
		Long latencyMillis, Long p95Millis, String reason, Integer activeSessions) {

	public static final String LIVEKIT = "livekit";

	public static final String DATABASE = "database";

	public static final String API = "api";

}
