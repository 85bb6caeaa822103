package com.sidekickforge.monitor.report.model;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One entry of the activity timeline: the seed's {@code ActivityEvent}.
 *
 * @param eventType {@code conversation_start}, {@code conversation_end}, {@code quota_warning},
 * {@code quota_recovered}, {@code configuration_change}, {@code knowledge_base_update}, {@code ability_run},
 * {@code error}
 * @param clientId the client's id; {@value #PLATFORM} for an event of no client (a platform probe, ...), which only
 * the report of all clients shows (the seed types the field as a string that is always there)
 * @param metadata the event's facts (source, duration, status, error, ...)
 */
public record TimelineEvent(String id, String eventType, Instant timestamp, String clientId, String clientName,
		UUID agentId, String agentName, String description, Map<String, Object> metadata) {

	/** The client id of events that belong to no client. */
	public static final String PLATFORM = "platform";

	/** The client name of events that belong to no client. */
	public static final String PLATFORM_NAME = "Sidekick Forge platform";

}
