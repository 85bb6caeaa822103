package com.sidekickforge.monitor.alert;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

import com.sidekickforge.monitor.activity.ActivityEvent;
import com.sidekickforge.monitor.activity.ActivityEvents;
import com.sidekickforge.monitor.config.AlertKind;
import com.sidekickforge.monitor.config.RecipientsFile;
import com.sidekickforge.monitor.event.Event;
import com.sidekickforge.monitor.event.EventType;
import com.sidekickforge.monitor.quota.ClientQuotas;
import com.sidekickforge.monitor.quota.Projection;
import com.sidekickforge.monitor.quota.Quota;

/**
 * Decides, for one client's quotas, what to announce, and writes each announcement in one transaction: the
 * ledger rows (whose primary key rejects a second announcement), the notice, the activity event and one
 * outbox message per mail recipient and webhook endpoint. Nothing is sent here: the outbox worker sends.
 */
class QuotaAlerter {

	private static final Logger log = LoggerFactory.getLogger(QuotaAlerter.class);

	private final AlertLedger ledger;

	private final QuotaNotices notices;

	private final ActivityEvents activity;

	private final AlertMails mails;

	private final NoticePayload payloads;

	private final TransactionTemplate transactions;

	private final ZoneId zone;

	QuotaAlerter(AlertLedger ledger, QuotaNotices notices, ActivityEvents activity, AlertMails mails,
			NoticePayload payloads, TransactionTemplate transactions, ZoneId zone) {
		this.ledger = ledger;
		this.notices = notices;
		this.activity = activity;
		this.mails = mails;
		this.payloads = payloads;
		this.transactions = transactions;
		this.zone = zone;
	}

	/** What one evaluation announced. */
	record Announced(int crossings, int recoveries, int raced) {

		Announced plus(Announced other) {
			return new Announced(this.crossings + other.crossings, this.recoveries + other.recoveries,
					this.raced + other.raced);
		}

	}

	/** Evaluates a client's quotas as of {@code now} (the clock's now, or a replayed moment). */
	Announced evaluate(ClientQuotas client, RecipientsFile recipients, List<Integer> defaultThresholds, Instant now) {
		List<Integer> thresholds = recipients.thresholdsOf(client.clientId(), client.clientName(), defaultThresholds);
		Announced announced = new Announced(0, 0, 0);
		for (Quota quota : client.quotas()) {
			announced = announced.plus(evaluate(client, quota, thresholds, recipients, now));
		}
		return announced;
	}

	private Announced evaluate(ClientQuotas client, Quota quota, List<Integer> thresholds, RecipientsFile recipients,
			Instant now) {
		List<LedgerEntry> entries = this.ledger.entries(client.clientId(), quota.metric(), client.periodStart());
		Set<Integer> announced = entries.stream().map(LedgerEntry::threshold).collect(Collectors.toSet());
		List<Integer> crossed = quota.reached(thresholds).stream().filter((t) -> !announced.contains(t)).toList();
		List<Integer> recovered = entries.stream()
			.filter((e) -> !e.recovered() && !quota.reached(e.threshold()))
			.map(LedgerEntry::threshold)
			.toList();
		int crossings = 0;
		int recoveries = 0;
		int raced = 0;
		if (!crossed.isEmpty()) {
			if (announce(client, quota, EventType.QUOTA_THRESHOLD_CROSSED, crossed, recipients, now)) {
				crossings++;
			}
			else {
				raced++;
			}
		}
		if (!recovered.isEmpty()) {
			if (announce(client, quota, EventType.QUOTA_RECOVERED, recovered, recipients, now)) {
				recoveries++;
			}
			else {
				raced++;
			}
		}
		return new Announced(crossings, recoveries, raced);
	}

	/** Writes one announcement; false when another run or node made it first (nothing is written then). */
	private boolean announce(ClientQuotas client, Quota quota, EventType type, List<Integer> thresholds,
			RecipientsFile recipients, Instant now) {
		UUID noticeId = UUID.randomUUID();
		boolean crossing = type == EventType.QUOTA_THRESHOLD_CROSSED;
		int threshold = crossing ? thresholds.getLast() : thresholds.getFirst();
		Projection projection = Projection.of(quota, client.periodStart(), now, this.zone);
		Event event = this.payloads.of(noticeId, type, now, client.clientId(), client.clientName(), client.slug(),
				client.tier(), client.periodStart(), quota, threshold, thresholds, projection.reachedOn());
		QuotaNotice notice = new QuotaNotice(noticeId, type.key(), client.clientId(), client.clientName(),
				quota.metric(), client.periodStart(), threshold, thresholds, quota.used(), quota.limit(),
				projection.reachedOn(), now, event.envelope());
		try {
			Boolean done = this.transactions.execute((status) -> {
				// The gate: the ledger's primary key lets one run or node claim these thresholds.
				for (int t : thresholds) {
					if (crossing) {
						this.ledger.claim(client.clientId(), quota.metric(), client.periodStart(), t, noticeId, now);
					}
					else if (!this.ledger.recover(client.clientId(), quota.metric(), client.periodStart(), t, noticeId,
							now)) {
						status.setRollbackOnly();
						return false;
					}
				}
				this.notices.record(notice);
				this.activity.record(new ActivityEvent(UUID.randomUUID(), crossing ? "quota_warning" : "quota_recovered",
						client.clientId(), null, title(notice), event.dataJson(), now));
				this.mails.announce(event, client, noticeId, AlertKind.THRESHOLDS, crossing && threshold >= 100,
						title(notice), recipients, now);
				return true;
			});
			return Boolean.TRUE.equals(done);
		}
		catch (DuplicateKeyException ex) {
			log.info("{} of {} for {} at {} % was announced by another run", type.key(), quota.metric().key(),
					client.clientName(), thresholds);
			return false;
		}
	}

	static String title(QuotaNotice notice) {
		String quota = notice.metric().title() + " quota";
		if (notice.crossed()) {
			return String.format(Locale.ROOT, "%s at %s (threshold %d %% crossed)", quota,
					notice.quota().percentText(), notice.threshold());
		}
		return String.format(Locale.ROOT, "%s back below %d %% (now %s)", quota, notice.threshold(),
				notice.quota().percentText());
	}

}
