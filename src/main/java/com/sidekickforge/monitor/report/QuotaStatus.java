package com.sidekickforge.monitor.report;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A quota as reports show it: the billing period's counters against the tier's limit, and the chosen period's
 * usage against the previous period's.
 *
 * @param metric {@code voice_seconds}, {@code text_messages} or {@code embedding_chunks}
 * @param used the billing period's counters (for a sidekick: its own)
 * @param limit the client's limit; null for a scope of several clients (limits of different tiers are never
 * added up) and 0 when unlimited
 * @param percent used / limit, per quota only; null when unlimited or for several clients
 * @param level green / yellow / red; for several clients the worst of theirs
 * @param periodUsed what the daily usage says was used in the chosen period
 * @param usedMinutes voice only: used in whole minutes
 * @param limitMinutes voice only: the limit in minutes
 * @param projectedDate the day the limit is reached at the current pace, if within the billing period
 * @param clientsByLevel for several clients: how many are green, yellow, red, unlimited
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuotaStatus(String metric, long used, Long limit, boolean unlimited, Double percent, String level,
		Trend trend, long periodUsed, Long usedMinutes, Long limitMinutes, LocalDate projectedDate,
		Map<String, Integer> clientsByLevel) {
}
