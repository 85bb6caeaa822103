package com.sidekickforge.monitor.report.read;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sidekickforge.monitor.health.HealthSample;
import com.sidekickforge.monitor.health.ProbeCounts;

/**
 * What the health check recorded, as a report reads it.
 *
 * @param checkedAt the newest check within the freshness window before the as-of moment, null when none
 * @param samples that check's samples
 * @param sessions that check's voice sessions per client (null key: rooms of no known client)
 * @param probes per client and local day, the probes of its own things
 */
public record HealthFacts(Instant checkedAt, List<HealthSample> samples, Map<UUID, Integer> sessions,
		Map<UUID, Map<LocalDate, ProbeCounts>> probes) {

	static final HealthFacts NONE = new HealthFacts(null, List.of(), Map.of(), Map.of());

}
