package com.sidekickforge.monitor.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One message to one destination.
 *
 * @param eventId the event's id, the same on every attempt: the webhook's {@code webhook-id}, and the base of
 * the mail's {@code Message-ID}
 * @param eventType {@code quota.threshold_crossed}, ...
 * @param destination an email address, or a webhook endpoint's name
 * @param clientId the client the event is about, if any
 * @param subjectId what the message carries (a quota notice, ...), for channels that build it when sending
 * @param body the webhook body exactly as sent; null for mail
 * @param attempts attempts made so far
 */
public record OutboxMessage(UUID id, String eventId, String eventType, Channel channel, String destination,
		UUID clientId, UUID subjectId, String body, OutboxStatus status, int attempts, Instant nextAttemptAt,
		String lastError, Instant createdAt, Instant deliveredAt) {

	/** A new message, due now. */
	public static OutboxMessage create(String eventId, String eventType, Channel channel, String destination,
			UUID clientId, UUID subjectId, String body, Instant now) {
		return new OutboxMessage(UUID.randomUUID(), eventId, eventType, channel, destination, clientId, subjectId, body,
				OutboxStatus.PENDING, 0, now, null, now, null);
	}

	/** The same message, first due at {@code at} (a mail held through its recipient's quiet hours). */
	public OutboxMessage dueAt(Instant at) {
		return new OutboxMessage(this.id, this.eventId, this.eventType, this.channel, this.destination, this.clientId,
				this.subjectId, this.body, this.status, this.attempts, at, this.lastError, this.createdAt,
				this.deliveredAt);
	}

}
