package com.sidekickforge.monitor.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.event.Event;

/**
 * The one way anything is announced: an outbox row per mail recipient and per subscribed webhook endpoint,
 * written inside the caller's transaction, so they are written together with whatever decided to announce (a
 * ledger row, a failure gate, a report delivery) or not at all. Nothing is sent here: the outbox worker sends.
 */
@Component
public class Announcer {

	private final Outbox outbox;

	private final WebhookSubscribers subscribers;

	Announcer(Outbox outbox, WebhookSubscribers subscribers) {
		this.outbox = outbox;
		this.subscribers = subscribers;
	}

	/** @return the messages queued, mails first */
	public List<OutboxMessage> announce(Announcement announcement, Instant now) {
		Event event = announcement.event();
		String type = event.type().key();
		List<OutboxMessage> queued = new ArrayList<>();
		for (String address : announcement.mailTo()) {
			queued.add(OutboxMessage.create(event.id(), type, Channel.EMAIL, address, announcement.clientId(),
					announcement.subjectId(), null, now).dueAt(announcement.heldUntil().getOrDefault(address, now)));
		}
		if (announcement.webhooks()) {
			List<String> endpoints = this.subscribers.subscribedTo(type, announcement.clientId(),
					announcement.clientName());
			String body = endpoints.isEmpty() ? null : event.envelope();
			for (String endpoint : endpoints) {
				queued.add(OutboxMessage.create(event.id(), type, Channel.WEBHOOK, endpoint, announcement.clientId(),
						announcement.subjectId(), body, now));
			}
		}
		queued.forEach(this.outbox::enqueue);
		return queued;
	}

	/** Whether an event has been queued already (by a run that is now restarted). */
	public boolean queued(String eventId) {
		return !this.outbox.ofEvent(eventId).isEmpty();
	}

}
