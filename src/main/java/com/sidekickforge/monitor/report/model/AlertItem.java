package com.sidekickforge.monitor.report.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An alert of the period: a quota notice from the alert ledger, or a warning ahead of the thresholds (a projected
 * exhaustion or a sidekick's unusual day) from the early-warning ledger. Amounts are in the metric's base unit
 * (voice in seconds), as in the webhooks.
 *
 * @param eventType {@code quota.threshold_crossed}, {@code quota.recovered}, {@code quota.projected_exhaustion} or
 * {@code usage.unusual_day}
 * @param periodStart the billing period the alert belongs to
 * @param threshold the threshold crossed or recovered below; null for a warning ahead of the thresholds
 * @param thresholds every threshold crossed at once, e.g. "80,90"; null for a warning ahead of the thresholds
 * @param used the quota's use when announced; null for an unusual day
 * @param limit the quota's limit when announced; null for an unusual day
 * @param projection what a projected exhaustion said, else null
 * @param unusualDay what an unusual day said, else null
 */
public record AlertItem(UUID id, String eventType, UUID clientId, String clientName, String metric,
		LocalDate periodStart, Integer threshold, String thresholds, Long used, Long limit, Instant occurredAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) Projection projection,
		@JsonInclude(JsonInclude.Include.NON_NULL) UnusualDay unusualDay) {

	/** A quota notice (threshold crossed or recovered). */
	public static AlertItem notice(UUID id, String eventType, UUID clientId, String clientName, String metric,
			LocalDate periodStart, int threshold, String thresholds, long used, long limit, Instant occurredAt) {
		return new AlertItem(id, eventType, clientId, clientName, metric, periodStart, threshold, thresholds, used,
				limit, occurredAt, null, null);
	}

	/**
	 * The day the quota runs out at the recent pace.
	 *
	 * @param percent the quota's use in percent when announced
	 * @param workdayPace a weekday's use at the recent pace, in the metric's base unit
	 * @param weekendDayPace a Saturday's or Sunday's
	 */
	public record Projection(LocalDate projectedDate, long daysLeft, double percent, long workdayPace,
			long weekendDayPace) {
	}

	/**
	 * A sidekick's day far above its own normal.
	 *
	 * @param usualLow the 10th percentile of its days compared with, in the metric's base unit
	 * @param usualHigh their 90th percentile
	 * @param score how many robust deviations above their median the day was
	 */
	public record UnusualDay(UUID sidekickId, String sidekickName, LocalDate day, long amount, long median,
			long usualLow, long usualHigh, double score) {
	}

}
