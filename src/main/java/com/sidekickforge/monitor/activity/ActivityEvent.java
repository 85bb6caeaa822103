package com.sidekickforge.monitor.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of the timeline that Forge Monitor itself caused.
 *
 * @param eventType {@code quota_warning}, {@code quota_recovered}, ...
 * @param details JSON with the event's facts; may be null
 */
public record ActivityEvent(UUID id, String eventType, UUID clientId, UUID agentId, String title, String details,
		Instant occurredAt) {
}
