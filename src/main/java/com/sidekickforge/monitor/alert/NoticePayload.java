package com.sidekickforge.monitor.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sidekickforge.monitor.config.AdminLinks;
import com.sidekickforge.monitor.event.Event;
import com.sidekickforge.monitor.event.EventType;
import com.sidekickforge.monitor.quota.Quota;
import com.sidekickforge.monitor.quota.QuotaMetric;

/** The event of a notice: what its webhook says (Standard Webhooks' {@code data}), fields in snake_case. */
final class NoticePayload {

	private final AdminLinks links;

	NoticePayload(AdminLinks links) {
		this.links = links;
	}

	Event of(UUID noticeId, EventType type, Instant timestamp, UUID clientId, String clientName, String slug, String tier,
			LocalDate periodStart, Quota quota, int threshold, List<Integer> thresholds, LocalDate projected) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("client_id", clientId.toString());
		data.put("client_name", clientName);
		data.put("client_slug", slug);
		data.put("tier", tier);
		data.put("metric", quota.metric().key());
		data.put("period_start", periodStart.toString());
		data.put("threshold", threshold);
		data.put("thresholds", thresholds);
		data.put("used", quota.used());
		data.put("limit", quota.limit());
		data.put("unlimited", quota.unlimited());
		data.put("percent", quota.percent());
		data.put("level", quota.level().key());
		if (quota.metric() == QuotaMetric.VOICE_SECONDS) {
			data.put("used_minutes", quota.metric().inUnit(quota.used()));
			data.put("limit_minutes", quota.metric().inUnit(quota.limit()));
		}
		data.put("projected_date", (projected != null) ? projected.toString() : null);
		data.put("admin_url", this.links.client(clientId));
		return Event.of(noticeId, type, timestamp, data);
	}

}
