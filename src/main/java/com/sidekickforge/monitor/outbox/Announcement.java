package com.sidekickforge.monitor.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sidekickforge.monitor.event.Event;

/**
 * An event and who is told: each mail address one mail, and, when {@code webhooks}, every endpoint of
 * {@code webhooks.yml} that asks for the event's type about its client.
 *
 * @param clientId the client the event is about, null for none (endpoints limited to some clients then do not get it)
 * @param clientName the client's name, which {@code webhooks.yml} may use instead of its id
 * @param subjectId what the messages carry (a quota notice, a failure notice, a report delivery), for the channels
 * that compose a mail when sending it
 * @param heldUntil the addresses of {@code mailTo} whose mail waits (their quiet hours), and until when; webhooks
 * are never held
 */
public record Announcement(Event event, UUID clientId, String clientName, UUID subjectId, List<String> mailTo,
		boolean webhooks, Map<String, Instant> heldUntil) {

	public Announcement {
		mailTo = List.copyOf(mailTo);
		heldUntil = Map.copyOf(heldUntil);
	}

	/** Every mail sent as soon as the outbox gets to it. */
	public Announcement(Event event, UUID clientId, String clientName, UUID subjectId, List<String> mailTo,
			boolean webhooks) {
		this(event, clientId, clientName, subjectId, mailTo, webhooks, Map.of());
	}

}
