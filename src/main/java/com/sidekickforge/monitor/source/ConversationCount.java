package com.sidekickforge.monitor.source;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Conversations a sidekick started in one hour of a day on one channel, and their messages.
 *
 * @param status active, archived or deleted; null where the tenant does not track it
 */
public record ConversationCount(UUID agentId, LocalDate day, int hour, String channel, String status,
		long conversations, long messages) {
}
