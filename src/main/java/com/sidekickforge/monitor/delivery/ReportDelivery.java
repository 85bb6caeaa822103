package com.sidekickforge.monitor.delivery;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.MailHours;
import com.sidekickforge.monitor.config.PlatformDatabase;
import com.sidekickforge.monitor.config.Recipient;
import com.sidekickforge.monitor.config.Recipients;
import com.sidekickforge.monitor.config.Role;
import com.sidekickforge.monitor.event.Event;
import com.sidekickforge.monitor.event.EventType;
import com.sidekickforge.monitor.outbox.Announcement;
import com.sidekickforge.monitor.outbox.Announcer;
import com.sidekickforge.monitor.outbox.OutboxMessage;
import com.sidekickforge.monitor.outbox.OutboxWorker;
import com.sidekickforge.monitor.report.PublicationListener;
import com.sidekickforge.monitor.report.Published;
import com.sidekickforge.monitor.report.assembly.ReportHeadlines;
import com.sidekickforge.monitor.source.ClientIdentity;
import com.sidekickforge.monitor.source.PlatformClients;

/**
 * Mails a published report to the people of its schedule, each the report of their own scope: a superadmin
 * (or an address the schedule lists) the report of all clients, an admin or subscriber one mail per client of
 * theirs with that client's report. Each mail is an outbox message, queued once per run and recipient even if
 * the run is restarted (the delivery's id derives from both); one bad address fails alone.
 */
@Component
class ReportDelivery implements PublicationListener {

	private static final Logger log = LoggerFactory.getLogger(ReportDelivery.class);

	private final JdbcClient store;

	private final DataSource platform;

	private final TransactionTemplate transactions;

	private final Announcer announcer;

	private final OutboxWorker worker;

	private final Recipients recipients;

	private final Clock clock;

	private final ReportHeadlines headlines;

	private final ReportMail mail;

	private final ForgeProperties properties;

	ReportDelivery(DataSource store, @PlatformDatabase DataSource platform, PlatformTransactionManager transactions,
			Announcer announcer, OutboxWorker worker, Recipients recipients, Clock clock, ReportHeadlines headlines,
			ReportMail mail, ForgeProperties properties) {
		this.headlines = headlines;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
		this.store = JdbcClient.create(store);
		this.platform = platform;
		this.transactions = new TransactionTemplate(transactions);
		this.announcer = announcer;
		this.worker = worker;
		this.recipients = recipients;
	}

	/** One mail to send: who, and the scope's files. */
	record Delivery(String address, ClientIdentity client, String label, Path exports) {
	}

	@Override
	public void published(Published published, Request request) {
		announce(published, request);
		if (!request.deliver().mails()) {
			this.worker.deliverDue();
			return;
		}
		List<Delivery> deliveries = deliveries(published, request);
		String formats = request.formats().stream().map((f) -> f.key()).sorted().collect(Collectors.joining(","));
		String schedule = (request.schedule() != null) ? request.schedule() : "by-hand";
		Instant now = this.clock.instant();
		// All or nothing: every mail is queued and composes, or the run fails (announced as job.failed) and queues none.
		this.transactions.executeWithoutResult((status) -> {
			for (Delivery delivery : deliveries) {
				UUID id = UUID.nameUUIDFromBytes((schedule + "|" + published.period() + "|" + published.asOf() + "|"
						+ delivery.address().toLowerCase(Locale.ROOT) + "|"
						+ ((delivery.client() != null) ? delivery.client().id() : "all")).getBytes(StandardCharsets.UTF_8));
				boolean known = this.store.sql("SELECT COUNT(*) FROM monitor.report_delivery WHERE id = :id")
					.param("id", id).query(Long.class).single() > 0;
				if (known) {
					continue; // queued by this run before it was restarted
				}
				UUID client = (delivery.client() != null) ? delivery.client().id() : null;
				String figures = this.headlines.json(published.run(), client)
					.orElseThrow(() -> new IllegalStateException("Report run " + published.run() + " wrote no figures for "
							+ delivery.label() + ": the mail to " + delivery.address() + " cannot be composed"));
				this.store.sql("""
						INSERT INTO monitor.report_delivery
						  (id, schedule, period, as_of, address, client_id, scope_label, exports_path, formats, figures)
						VALUES (:id, :schedule, :period, :asOf, :address, :client, :label, :exports, :formats, :figures)
						""")
					.param("id", id)
					.param("schedule", schedule)
					.param("period", published.period())
					.param("asOf", OffsetDateTime.ofInstant(published.asOf(), ZoneOffset.UTC))
					.param("address", delivery.address())
					.param("client", (delivery.client() != null) ? delivery.client().id() : null)
					.param("label", delivery.label())
					.param("exports", delivery.exports().toString())
					.param("formats", formats)
					.param("figures", figures)
					.update();
				// Each mail is an event of its own (its id derives from the run and the recipient), told by mail only.
				Event mail = Event.of(id, EventType.REPORT_PUBLISHED, now, Map.of());
				for (OutboxMessage message : this.announcer.announce(
						new Announcement(mail, client, delivery.label(), id, List.of(delivery.address()), false), now)) {
					compose(message, delivery); // in the transaction: a mail that cannot be composed queues none
				}
			}
		});
		log.info("Report {} {}: {} mails queued", schedule, published.period(), deliveries.size());
		this.worker.deliverDue();
	}

	/** Composes a mail once before it is queued: a mail that cannot be composed fails the run, not later alone. */
	private void compose(OutboxMessage message, Delivery delivery) {
		try {
			this.mail.compose(message);
		}
		catch (RuntimeException ex) {
			// Not chained as its cause: the run's failure names the most specific cause, and this one says which mail.
			IllegalStateException failure = new IllegalStateException("The report mail to " + delivery.address() + " ("
					+ delivery.label() + ") cannot be composed: "
					+ NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
			failure.addSuppressed(ex);
			throw failure;
		}
	}

	/**
	 * A {@code report.published} webhook to every endpoint asking for it (about no client: endpoints limited to
	 * some clients do not get it). Its id derives from the run, so a rerun announces nothing twice.
	 */
	private void announce(Published published, Request request) {
		String schedule = (request.schedule() != null) ? request.schedule() : "by-hand";
		UUID id = UUID.nameUUIDFromBytes(("published|" + schedule + "|" + published.period() + "|" + published.asOf())
			.getBytes(StandardCharsets.UTF_8));
		if (this.announcer.queued(Event.id(id))) {
			return; // announced by this run before it was restarted
		}
		Map<String, Object> data = new PublishedFiles(this.properties.publish().baseUrl()).describe(published, request);
		Instant now = this.clock.instant();
		Event event = Event.of(id, EventType.REPORT_PUBLISHED, now, data);
		this.transactions.executeWithoutResult(
				(status) -> this.announcer.announce(new Announcement(event, null, null, id, List.of(), true), now));
	}

	private List<Delivery> deliveries(Published published, Request request) {
		boolean admin = request.scope().admin();
		boolean clients = request.scope().clients();
		List<ClientIdentity> all = new PlatformClients(this.platform).all();
		Map<String, Delivery> deliveries = new LinkedHashMap<>();
		List<Recipient> listed = new ArrayList<>(this.recipients.current().recipients().stream()
			.filter((r) -> request.schedule() != null && r.reports().contains(request.schedule()))
			.toList());
		for (String address : request.recipients()) {
			boolean known = listed.stream().anyMatch((r) -> r.email().equalsIgnoreCase(address.trim()));
			if (!known) {
				// An address the schedule lists gets the report of all clients: list only people who may see them.
				listed.add(new Recipient(address.trim(), null, Role.SUPERADMIN, List.of(), false, Set.of(), List.of(),
						MailHours.ANY_TIME));
			}
		}
		for (Recipient recipient : listed) {
			if (recipient.role() == Role.SUPERADMIN) {
				if (admin) {
					deliveries.putIfAbsent(recipient.email().toLowerCase(Locale.ROOT) + "|all",
							new Delivery(recipient.email(), null, "All clients", published.exports()));
				}
				continue;
			}
			if (!clients) {
				continue;
			}
			for (ClientIdentity client : all) {
				if (recipient.sees(client.id(), client.name())) {
					deliveries.putIfAbsent(recipient.email().toLowerCase(Locale.ROOT) + "|" + client.id(),
							new Delivery(recipient.email(), client, client.name(),
									published.exports().resolve("clients").resolve(client.slug())));
				}
			}
		}
		return List.copyOf(deliveries.values());
	}

}
