package com.sidekickforge.monitor.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.AlertKind;
import com.sidekickforge.monitor.config.MailHours;
import com.sidekickforge.monitor.config.Recipient;
import com.sidekickforge.monitor.config.RecipientsFile;
import com.sidekickforge.monitor.event.Event;
import com.sidekickforge.monitor.outbox.Announcement;
import com.sidekickforge.monitor.outbox.Announcer;
import com.sidekickforge.monitor.quota.ClientQuotas;

/**
 * How an alert reaches people, written inside the transaction that claims it: every subscribed webhook at once
 * (machines do not sleep), and each person's mail at once, held until their quiet hours end, or put into their
 * daily digest, as {@code recipients.yml} says for them.
 */
@Component
class AlertMails {

	private final Announcer announcer;

	private final AlertDigests digests;

	AlertMails(Announcer announcer, AlertDigests digests) {
		this.announcer = announcer;
		this.digests = digests;
	}

	/**
	 * @param limit whether the alert is a quota reaching its limit, which a person may ask to be woken for
	 * @param title the alert's sentence as the timeline has it (a digest lists it)
	 */
	void announce(Event event, ClientQuotas client, UUID noticeId, AlertKind kind, boolean limit, String title,
			RecipientsFile recipients, Instant now) {
		List<String> mailNow = new ArrayList<>();
		Map<String, Instant> held = new HashMap<>();
		for (String address : addresses(client, recipients, kind)) {
			MailHours hours = recipients.byAddress(address).map(Recipient::hours).orElse(MailHours.ANY_TIME);
			if (hours.digest() && !(limit && hours.wakeAtLimit())) {
				this.digests.add(address, new AlertDigests.Item(noticeId, event.type().key(), client.clientId(),
						client.clientName(), title, now), hours.nextDigest(now));
				continue;
			}
			mailNow.add(address);
			Instant release = hours.release(now, limit);
			if (release.isAfter(now)) {
				held.put(address, release);
			}
		}
		this.announcer.announce(new Announcement(event, client.clientId(), client.clientName(), noticeId, mailNow,
				true, held), now);
	}

	/**
	 * The client's recipients of alerts of that kind and its owner (who gets every kind), each address once (compared
	 * without case).
	 */
	static List<String> addresses(ClientQuotas client, RecipientsFile recipients, AlertKind kind) {
		Map<String, String> addresses = new LinkedHashMap<>();
		for (Recipient recipient : recipients.alertRecipients(client.clientId(), client.clientName(), kind)) {
			addresses.putIfAbsent(recipient.email().trim().toLowerCase(Locale.ROOT), recipient.email().trim());
		}
		if (client.ownerEmail() != null && !client.ownerEmail().isBlank()) {
			addresses.putIfAbsent(client.ownerEmail().trim().toLowerCase(Locale.ROOT), client.ownerEmail().trim());
		}
		return new ArrayList<>(addresses.values());
	}

}
