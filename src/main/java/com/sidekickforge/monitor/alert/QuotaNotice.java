package com.sidekickforge.monitor.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.sidekickforge.monitor.event.EventType;
import com.sidekickforge.monitor.quota.Quota;
import com.sidekickforge.monitor.quota.QuotaMetric;

/**
 * An announcement: a quota crossed thresholds, or fell back below them.
 *
 * @param eventType {@code quota.threshold_crossed} or {@code quota.recovered}
 * @param threshold crossed: the highest crossed; recovered: the lowest the quota is now below
 * @param thresholds every threshold this notice is about, ascending
 * @param projectedDate when the limit is reached at the current pace, if within the period
 * @param payload the webhook event JSON, exactly as signed and sent
 */
public record QuotaNotice(UUID id, String eventType, UUID clientId, String clientName, QuotaMetric metric,
		LocalDate periodStart, int threshold, List<Integer> thresholds, long used, long limit, LocalDate projectedDate,
		Instant occurredAt, String payload) {

	public boolean crossed() {
		return EventType.QUOTA_THRESHOLD_CROSSED.is(this.eventType);
	}

	/** The quota as the notice saw it (its percent is the one every output shows). */
	public Quota quota() {
		return new Quota(this.metric, this.used, this.limit);
	}

}
