package com.sidekickforge.monitor.report.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A quota notice of the period (from the alert ledger's notices).
 *
 * @param eventType {@code quota.threshold_crossed} or {@code quota.recovered}
 * @param thresholds every threshold crossed at once, e.g. "80,90"
 */
public record AlertItem(UUID id, String eventType, UUID clientId, String clientName, String metric,
		LocalDate periodStart, int threshold, String thresholds, long used, long limit, Instant occurredAt) {
}
