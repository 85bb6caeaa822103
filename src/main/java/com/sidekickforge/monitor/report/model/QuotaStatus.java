package com.sidekickforge.monitor.report.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import com.sidekickforge.monitor.quota.QuotaLevel;
import com.sidekickforge.monitor.quota.QuotaMetric;

/**
 * A quota as reports show it: the billing period's counters against the tier's limit, and the chosen period's
 * usage against the previous period's. The seed's keys ({@code used, limit, unlimited, percent, level, trend},
 * voice adding {@code used_minutes, limit_minutes}) are always written, null where there is no value; what
 * Forge Monitor adds is left out when empty.
 *
 * @param metric {@code voice_seconds}, {@code text_messages} or {@code embedding_chunks}
 * @param used the billing period's counters (for a sidekick: its own)
 * @param limit the client's limit; null for a scope of several clients (limits of different tiers are never
 * added up) and 0 when unlimited
 * @param percent used / limit, one decimal rounded down ({@link com.sidekickforge.monitor.quota.Quota#percent()});
 * null when unlimited or for several clients
 * @param level green / yellow / red; for several clients the worst of theirs
 * @param periodUsed what the daily usage says was used in the chosen period
 * @param periodSource where {@code periodUsed} comes from: {@code counter snapshots} (the counters differenced day by
 * day), {@code events} (rebuilt from the event tables where no snapshot covers a day) or both
 * @param counterGap for the billing period to date only: {@code periodUsed - used}, the events' amount beyond the
 * counters' (a tracking gap), when the two differ; null otherwise
 * @param projectedDate the day the limit is reached at the current pace, if within the billing period
 * @param clientsByLevel for several clients: how many are green, yellow, red, unlimited
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuotaStatus(String metric, long used, @JsonInclude(JsonInclude.Include.ALWAYS) Long limit,
		boolean unlimited, @JsonInclude(JsonInclude.Include.ALWAYS) Double percent, QuotaLevel level, Trend trend,
		long periodUsed, String periodSource, Long counterGap, LocalDate projectedDate,
		Map<String, Integer> clientsByLevel) {

	/** The source of a period's daily usage: snapshots, events or both. */
	public static String periodSource(boolean snapshots, boolean events) {
		return (snapshots && events) ? "counter snapshots and events" : events ? "events" : "counter snapshots";
	}

	@JsonIgnore
	public boolean voice() {
		return QuotaMetric.VOICE_SECONDS.key().equals(this.metric);
	}

	/** Voice only: used in minutes, as every output shows it (one decimal). */
	@JsonIgnore
	public Double usedMinutes() {
		return voice() ? QuotaMetric.VOICE_SECONDS.inUnit(this.used) : null;
	}

	/** Voice only: the limit in minutes (0 when unlimited, null for several clients). */
	@JsonIgnore
	public Double limitMinutes() {
		return (voice() && this.limit != null) ? QuotaMetric.VOICE_SECONDS.inUnit(this.limit) : null;
	}

	/** The seed's voice fields, written only on a voice quota (and then always, null or not). */
	@JsonAnyGetter
	Map<String, Object> voiceFields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		if (voice()) {
			fields.put("used_minutes", usedMinutes());
			fields.put("limit_minutes", limitMinutes());
		}
		return fields;
	}

}
