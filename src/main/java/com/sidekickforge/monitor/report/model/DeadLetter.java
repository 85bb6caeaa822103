package com.sidekickforge.monitor.report.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A mail or webhook the outbox gave up on, or a mail whose sending could not be confirmed;
 * {@code forge-monitor run outbox-retry id=<id>} sends it again.
 *
 * @param status {@code dead} (retries exhausted) or {@code unconfirmed} (the worker died while sending a mail)
 */
public record DeadLetter(UUID id, String eventType, String channel, String destination, UUID clientId,
		int attempts, String lastError, Instant createdAt, String retryCommand, String status) {
}
