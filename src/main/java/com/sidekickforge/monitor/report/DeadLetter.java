package com.sidekickforge.monitor.report;

import java.time.Instant;
import java.util.UUID;

/**
 * A mail or webhook the outbox gave up on; {@code forge-monitor run outbox-retry id=<id>} sends it again.
 */
public record DeadLetter(UUID id, String eventType, String channel, String destination, UUID clientId,
		int attempts, String lastError, Instant createdAt, String retryCommand) {
}
