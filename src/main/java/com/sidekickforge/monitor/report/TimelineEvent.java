package com.sidekickforge.monitor.report;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One entry of the activity timeline: the seed's {@code ActivityEvent}.
 *
 * @param eventType {@code conversation_start}, {@code conversation_end}, {@code quota_warning},
 * {@code quota_recovered}, {@code configuration_change}, {@code knowledge_base_update}, {@code ability_run},
 * {@code error}
 * @param metadata the event's facts (source, duration, status, error, ...)
 */
public record TimelineEvent(String id, String eventType, Instant timestamp, UUID clientId, String clientName,
		UUID agentId, String agentName, String description, Map<String, Object> metadata) {
}
