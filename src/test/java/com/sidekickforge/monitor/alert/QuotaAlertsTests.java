package com.sidekickforge.monitor.alert;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;
import java.util.random.RandomGenerator;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.sidekickforge.monitor.ForgeMonitorApplication;
import com.sidekickforge.monitor.activity.ActivityEvents;
import com.sidekickforge.monitor.config.AdminLinks;
import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.Recipients;
import com.sidekickforge.monitor.mail.MailChannel;
import com.sidekickforge.monitor.outbox.Channel;
import com.sidekickforge.monitor.outbox.DeliveryResult;
import com.sidekickforge.monitor.outbox.InDoubt;
import com.sidekickforge.monitor.outbox.Outbox;
import com.sidekickforge.monitor.outbox.OutboxChannel;
import com.sidekickforge.monitor.outbox.OutboxMessage;
import com.sidekickforge.monitor.outbox.OutboxStatus;
import com.sidekickforge.monitor.outbox.OutboxWorker;
import com.sidekickforge.monitor.outbox.RetrySchedule;
import com.sidekickforge.monitor.quota.ClientQuotas;
import com.sidekickforge.monitor.quota.QuotaMetric;
import com.sidekickforge.monitor.quota.QuotaReader;
import com.sidekickforge.monitor.quota.UsageHistory;
import com.sidekickforge.monitor.report.LiveReports;
import com.sidekickforge.monitor.report.model.DisplayFormat;
import com.sidekickforge.monitor.report.model.MonitoringData;
import com.sidekickforge.monitor.report.model.PeriodKind;
import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.model.ReportScope;
import com.sidekickforge.monitor.run.JobRuns;
import com.sidekickforge.monitor.run.RunOutcome;
import com.sidekickforge.monitor.testsupport.MutableClock;
import com.sidekickforge.monitor.testsupport.MutableClockConfiguration;
import com.sidekickforge.monitor.testsupport.SmtpServer;
import com.sidekickforge.monitor.testsupport.SourceAndStoreDatabases;
import com.sidekickforge.monitor.testsupport.WebhookReceiver;
import com.sidekickforge.monitor.webhook.WebhookChannel;
import com.sidekickforge.monitor.webhook.WebhookEndpointSwitch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quota-alerts job end to end with real parts: GreenMail as the SMTP server, a real HTTP receiver that
 * verifies Standard Webhooks signatures itself, the store and platform on H2 and on PostgreSQL (a subclass
 * each). Time is a {@link MutableClock}: retries come due by moving it, never by waiting.
 */
@SpringBootTest(classes = { ForgeMonitorApplication.class, MutableClockConfiguration.class },
		properties = { "forge.timezone=UTC", "forge.mail.transport=smtp", "spring.mail.host=127.0.0.1",
				"spring.mail.properties.mail.smtp.connectiontimeout=3000",
				"spring.mail.properties.mail.smtp.timeout=5000", "forge.outbox.retry-schedule=0s,10s,10s,10s",
				"forge.outbox.lease=1m", "forge.admin-base-url=https://admin.example.com/admin" })
abstract class QuotaAlertsTests {

	static final String SECRET = "whsec_" + Base64.getEncoder()
		.encodeToString("a-test-secret-of-32-bytes-length".getBytes(StandardCharsets.UTF_8));

	static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);

	static final DisplayFormat FORMAT = DisplayFormat.of(ZoneOffset.UTC);

	static final Instant MID_NOVEMBER = Instant.parse("2026-11-20T12:00:00Z");

	/** The databases and servers of one family (one subclass), shared by its tests. */
	record TestBed(SourceAndStoreDatabases databases, SmtpServer smtp, WebhookReceiver receiver) {

		TestBed(SourceAndStoreDatabases databases) {
			this(databases, new SmtpServer(), new WebhookReceiver(SECRET));
		}

		void register(DynamicPropertyRegistry registry) {
			this.databases.register(registry);
			registry.add("spring.mail.port", this.smtp::port);
		}

	}

	@Autowired
	JobRuns jobs;

	@Autowired
	MutableClock clock;

	@Autowired
	OutboxWorker worker;

	@Autowired
	Outbox outbox;

	@Autowired
	QuotaNotices notices;

	@Autowired
	ActivityEvents activity;

	@Autowired
	QuotaAlerter alerter;

	@Autowired
	EarlyWarningAlerter earlyWarnings;

	@Autowired
	Recipients recipients;

	@Autowired
	MailChannel mailChannel;

	@Autowired
	WebhookChannel webhookChannel;

	@Autowired
	WebhookEndpointSwitch endpointSwitch;

	@Autowired
	LiveReports reports;

	@Autowired
	EarlyWarningLedger earlyWarningLedger;

	@Autowired
	UsageHistory usageHistory;

	@Autowired
	AlertMails alertMails;

	@Autowired
	ForgeProperties properties;

	@Autowired
	PlatformTransactionManager transactionManager;

	abstract TestBed bed();

	JdbcClient platform;

	JdbcClient store;

	@BeforeEach
	void emptyDatabasesAndTheDefaultTiers() {
		SourceAndStoreDatabases databases = bed().databases();
		databases.clear();
		bed().smtp().clear();
		bed().receiver().reset();
		this.platform = JdbcClient.create(databases.platform.dataSource());
		this.store = JdbcClient.create(databases.store.dataSource());
		this.platform.sql("DELETE FROM tier_quotas").update();
		tier("adventurer", 6000, 1000, 10000);
		tier("paragon", 0, 5000, 100000);
		recipients("");
		pagerAt(bed().receiver().url().toString());
		this.clock.set(MID_NOVEMBER);
	}

	@Test
	void thresholdsAreReachedAtExactlyTheirPercentAndUnlimitedNeverAlerts() {
		client("Below Eighty", "adventurer", 4794, NOVEMBER); // 79.9 %
		UUID atEighty = client("At Eighty", "adventurer", 4800, NOVEMBER); // 80 %
		UUID atLimit = client("At Limit", "adventurer", 6000, NOVEMBER); // exactly 100 %
		UUID over = client("Over", "adventurer", 7000, NOVEMBER); // 116.7 %
		client("Unlimited", "paragon", 900_000, NOVEMBER);

		RunOutcome outcome = this.jobs.run("quota-alerts", Map.of(), false);

		assertThat(outcome.status()).as(outcome.failure()).isEqualTo("COMPLETED");
		assertThat(crossings()).containsExactlyInAnyOrder(atEighty + " voice_seconds 80 [80]",
				atLimit + " voice_seconds 100 [80, 90, 100]", over + " voice_seconds 100 [80, 90, 100]");
		// One mail per notice and recipient (ops and the owner), one webhook per notice, all signed correctly.
		assertThat(bed().smtp().received()).hasSize(6);
		assertThat(bed().receiver().received()).hasSize(3).allMatch(WebhookReceiver.Received::signatureValid);
		assertThat(bed().receiver().processed()).hasSize(3);
		assertThat(this.activity.between(null, Instant.EPOCH, MID_NOVEMBER.plusSeconds(1), 100))
			.extracting((e) -> e.eventType())
			.containsOnly("quota_warning")
			.hasSize(3);
	}

	@Test
	void theMailShowsTheQuotaWithInlineChartsAndAtTheLimitTheUpgradePrompt() throws Exception {
		UUID atLimit = client("Café <b>Noir</b>", "adventurer", 6000, NOVEMBER);
		client("At Eighty", "adventurer", 4800, NOVEMBER);

		this.jobs.run("quota-alerts", Map.of(), false);

		MimeMessage mail = mailTo("owner-" + atLimit + "@example.com");
		assertThat(mail.getSubject()).isEqualTo("Café <b>Noir</b>: Voice quota at 100 % (100 % threshold)");
		assertThat(mail.getHeader("Message-ID")[0]).startsWith("<msg_").endsWith("@forge-monitor>");
		List<Part> parts = leaves(mail);
		String text = content(parts, "text/plain");
		String html = content(parts, "text/html");
		assertThat(text).contains("100 / 100 minutes used").contains("Upgrade the tier")
			.contains("https://admin.example.com/admin/clients/" + atLimit + "/upgrade");
		// The client's name is escaped in the HTML, never markup; the charts are inline images.
		assertThat(html).contains("Café &lt;b&gt;Noir&lt;/b&gt;").doesNotContain("<b>Noir</b>")
			.contains("cid:quota-ring").contains("cid:usage-chart").contains("Upgrade tier");
		assertThat(parts).filteredOn(QuotaAlertsTests::isPng).hasSize(2);
		// Each recipient sees only the one client: no other client's name in this mail.
		assertThat(text + html).doesNotContain("At Eighty");
		MimeMessage eighty = bed().smtp()
			.received()
			.stream()
			.filter((m) -> subject(m).startsWith("At Eighty"))
			.findFirst()
			.orElseThrow();
		assertThat(content(leaves(eighty), "text/html")).doesNotContain("Upgrade tier").doesNotContain("Noir");
		assertThat(eighty.getHeader("To")[0]).satisfiesAnyOf((to) -> assertThat(to).contains("Ops Team"),
				(to) -> assertThat(to).startsWith("owner-"));
	}

	@Test
	void aReRunSendsNothingNew() {
		client("At Eighty", "adventurer", 4800, NOVEMBER);
		this.jobs.run("quota-alerts", Map.of(), false);

		RunOutcome again = this.jobs.run("quota-alerts", Map.of(), false);

		assertThat(again.status()).isEqualTo("COMPLETED");
		assertThat(crossings()).hasSize(1);
		assertThat(bed().smtp().received()).hasSize(2);
		assertThat(bed().receiver().received()).hasSize(1);
	}

	@Test
	void mailQueuedWhileTheSmtpServerIsDownIsDeliveredOnceWhenItIsBack() {
		client("At Eighty", "adventurer", 4800, NOVEMBER);
		bed().smtp().stop();

		this.jobs.run("quota-alerts", Map.of(), false);
		assertThat(statuses(Channel.EMAIL)).containsOnly(OutboxStatus.PENDING);
		this.clock.set(MID_NOVEMBER.plusSeconds(20));
		this.worker.deliverDue(); // still down: the second attempt fails too
		bed().smtp().start();
		this.clock.set(MID_NOVEMBER.plusSeconds(40));
		this.worker.deliverDue();

		assertThat(statuses(Channel.EMAIL)).containsOnly(OutboxStatus.DELIVERED);
		assertThat(this.store.sql("SELECT attempts FROM monitor.outbox_message WHERE channel = 'email'")
			.query(Integer.class)
			.list()).containsOnly(3);
		assertThat(bed().smtp().received()).hasSize(2);
		this.clock.set(MID_NOVEMBER.plusSeconds(600));
		this.worker.deliverDue();
		assertThat(bed().smtp().received()).hasSize(2);
	}

	@Test
	void aWebhookAnswered500TwiceIsDeliveredOnceWithTheSameId() {
		client("At Eighty", "adventurer", 4800, NOVEMBER);
		bed().receiver().answer(new WebhookReceiver.Answer(500, null), new WebhookReceiver.Answer(500, null));

		this.jobs.run("quota-alerts", Map.of(), false);
		this.clock.set(MID_NOVEMBER.plusSeconds(20));
		this.worker.deliverDue();
		this.clock.set(MID_NOVEMBER.plusSeconds(40));
		this.worker.deliverDue();
		this.clock.set(MID_NOVEMBER.plusSeconds(600));
		this.worker.deliverDue();

		List<WebhookReceiver.Received> received = bed().receiver().received();
		assertThat(received).extracting(WebhookReceiver.Received::answered).containsExactly(500, 500, 204);
		assertThat(received).extracting(WebhookReceiver.Received::id).containsOnly(received.getFirst().id());
		assertThat(received).allMatch(WebhookReceiver.Received::signatureValid);
		assertThat(received).extracting(WebhookReceiver.Received::body).containsOnly(received.getFirst().body());
		assertThat(bed().receiver().processed()).hasSize(1);
		assertThat(statuses(Channel.WEBHOOK)).containsOnly(OutboxStatus.DELIVERED);
	}

	@Test
	void aWorkerKilledAfterSendingResendsTheWebhookForTheReceiverToDropAndNeverTheMail() {
		UUID client = client("At Eighty", "adventurer", 4800, NOVEMBER);
		evaluateOnly(client);
		OutboxWorker dying = new OutboxWorker(this.outbox,
				List.of(dyingAfterSending(this.mailChannel), dyingAfterSending(this.webhookChannel)),
				new RetrySchedule(List.of(Duration.ZERO), RandomGenerator.getDefault()),
				Duration.ofMinutes(1), 1, this.clock);
		// Each pass dies right after sending what it had in flight (a mail and a webhook at once: one thread per
		// channel), until all three were sent by a worker that never recorded it.
		int deaths = 0;
		for (int pass = 0; pass < 3; pass++) {
			try {
				dying.deliverDue();
			}
			catch (WorkerKilled expected) {
				deaths++;
			}
		}
		assertThat(deaths).isBetween(2, 3);
		assertThat(bed().smtp().received()).hasSize(2);
		assertThat(bed().receiver().processed()).hasSize(1);
		assertThat(statuses(Channel.EMAIL)).containsOnly(OutboxStatus.SENDING);

		this.clock.set(MID_NOVEMBER.plus(Duration.ofMinutes(2))); // the dead worker's leases have run out
		this.worker.deliverDue();

		assertThat(bed().smtp().received()).hasSize(2); // not sent again: a person could get it twice
		assertThat(statuses(Channel.EMAIL)).containsOnly(OutboxStatus.UNCONFIRMED);
		assertThat(bed().receiver().received()).hasSize(2); // sent again, with the same webhook-id...
		assertThat(bed().receiver().processed()).hasSize(1); // ...so the receiver processed it once
		assertThat(statuses(Channel.WEBHOOK)).containsOnly(OutboxStatus.DELIVERED);

		// A person who checked decides to send the unconfirmed mails again.
		RunOutcome retry = this.jobs.run("outbox-retry", Map.of(), false);
		assertThat(retry.status()).isEqualTo("COMPLETED");
		assertThat(bed().smtp().received()).hasSize(4);
		assertThat(statuses(Channel.EMAIL)).containsOnly(OutboxStatus.DELIVERED);
	}

	@Test
	void aNewBillingPeriodArmsTheThresholdsAgain() {
		UUID client = client("At Eighty", "adventurer", 4800, NOVEMBER);
		this.jobs.run("quota-alerts", Map.of(), false);
		this.clock.set(Instant.parse("2026-12-03T08:00:00Z"));
		UUID agent = this.platform.sql("SELECT agent_id FROM agent_usage WHERE client_id = :c")
			.param("c", client)
			.query(UUID.class)
			.list()
			.getFirst();
		bed().databases().platformRows.counters(client, agent, LocalDate.of(2026, 12, 1), 5100, 0, 0);

		this.jobs.run("quota-alerts", Map.of(), false);

		assertThat(this.notices.between(client, Instant.EPOCH, Instant.parse("2027-01-01T00:00:00Z")))
			.extracting((n) -> n.periodStart() + " " + n.threshold())
			.containsExactly("2026-12-01 80", "2026-11-01 80");
	}

	@Test
	void aRaisedLimitAnnouncesTheRecoveryOnce() {
		UUID client = client("At Eighty-Five", "adventurer", 5100, NOVEMBER);
		this.jobs.run("quota-alerts", Map.of(), false);
		this.platform.sql("UPDATE tier_quotas SET voice_seconds_per_month = 12000 WHERE tier = 'adventurer'").update();

		this.jobs.run("quota-alerts", Map.of(), false);
		this.jobs.run("quota-alerts", Map.of(), false);

		List<QuotaNotice> all = this.notices.between(client, Instant.EPOCH, MID_NOVEMBER.plusSeconds(1));
		assertThat(all).extracting((n) -> n.eventType() + " " + n.threshold())
			.containsExactlyInAnyOrder("quota.threshold_crossed 80", "quota.recovered 80");
		assertThat(bed().receiver().received()).extracting((r) -> r.body().substring(0, 40))
			.anyMatch((body) -> body.contains("quota.recovered"));
		assertThat(this.activity.between(client, Instant.EPOCH, MID_NOVEMBER.plusSeconds(1), 10))
			.extracting((e) -> e.eventType())
			.containsExactlyInAnyOrder("quota_warning", "quota_recovered");
	}

	@Test
	void anAddressThatCouldInjectHeadersIsRefusedAndTheOthersAreDelivered() {
		UUID client = client("At Eighty", "adventurer", 4800, NOVEMBER);
		this.platform.sql("UPDATE clients SET owner_email = :e WHERE id = :id")
			.param("e", "owner@example.com\r\nBcc: victim@elsewhere.example")
			.param("id", client)
			.update();

		this.jobs.run("quota-alerts", Map.of(), false);

		List<OutboxMessage> messages = this.outbox.needingAttention(10);
		assertThat(messages).hasSize(1);
		assertThat(messages.getFirst().lastError()).contains("line break").contains("header");
		assertThat(bed().smtp().received()).hasSize(1);
		assertThat(subject(bed().smtp().received().getFirst())).startsWith("At Eighty");
	}

	@Test
	void retryAfterIsHonouredAnd410DisablesTheEndpoint() {
		client("At Eighty", "adventurer", 4800, NOVEMBER);
		bed().receiver().answer(new WebhookReceiver.Answer(429, "120"));

		this.jobs.run("quota-alerts", Map.of(), false);
		this.clock.set(MID_NOVEMBER.plusSeconds(60)); // the schedule says 10 s, the endpoint 120 s
		this.worker.deliverDue();
		assertThat(bed().receiver().received()).hasSize(1);
		bed().receiver().answer(new WebhookReceiver.Answer(410, null));
		this.clock.set(MID_NOVEMBER.plusSeconds(130));
		this.worker.deliverDue();
		assertThat(bed().receiver().received()).hasSize(2);
		assertThat(statuses(Channel.WEBHOOK)).containsOnly(OutboxStatus.DEAD);

		client("Over", "adventurer", 7000, NOVEMBER);
		this.jobs.run("quota-alerts", Map.of(), false);

		assertThat(bed().receiver().received()).hasSize(2); // the endpoint is no longer called
		assertThat(this.outbox.needingAttention(10)).extracting(OutboxMessage::lastError)
			.anyMatch((error) -> error.contains("disabled"));
		// outbox-retry alone cannot bring it back: the endpoint is still disabled.
		this.jobs.run("outbox-retry", Map.of(), false);
		assertThat(bed().receiver().received()).hasSize(2);
		assertThat(statuses(Channel.WEBHOOK)).containsOnly(OutboxStatus.DEAD);

		// A superadmin enables it again: what was dead-lettered for it goes out, with the same webhook-ids.
		bed().receiver().answer();
		var enabled = this.endpointSwitch.enable("pager");
		this.worker.deliverDue();
		assertThat(enabled.wasDisabled()).isTrue();
		assertThat(enabled.requeued()).isEqualTo(2);
		assertThat(statuses(Channel.WEBHOOK)).containsOnly(OutboxStatus.DELIVERED);
		assertThat(bed().receiver().processed()).hasSize(2);
	}

	@Test
	void anEndpointDisabledByA410IsEnabledAgainWhenItsUrlChanges() {
		client("At Eighty", "adventurer", 4800, NOVEMBER);
		bed().receiver().answer(new WebhookReceiver.Answer(410, null));
		this.jobs.run("quota-alerts", Map.of(), false);
		assertThat(statuses(Channel.WEBHOOK)).containsOnly(OutboxStatus.DEAD);

		// The receiver moved: webhooks.yml names its new URL (here the same server under another path).
		bed().receiver().answer();
		pagerAt(bed().receiver().url() + "/moved");
		client("Over", "adventurer", 7000, NOVEMBER);
		this.jobs.run("quota-alerts", Map.of(), false);

		assertThat(bed().receiver().processed()).as("the new notice reaches the new URL").hasSize(1);
	}

	@Test
	void aClientOnCourseToItsLimitIsWarnedOnceOnTheFirstDayWithinTheLeadTimeAndASteadyOneNever() throws Exception {
		// 300 s of voice every day; limit 6 000 s. A steady client at 100 s a day.
		// Billing takes thresholds only: it gets no projection.
		recipients("""
				  - email: billing@example.com
				    role: superadmin
				    alerts: true
				    alert-kinds: [thresholds]
				""");
		UUID[] runaway = clientWithSidekick("Runaway", "adventurer");
		UUID[] steady = clientWithSidekick("Steady", "adventurer");
		dailyUsage(runaway, QuotaMetric.VOICE_SECONDS, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30), (d) -> 300);
		dailyUsage(steady, QuotaMetric.VOICE_SECONDS, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30), (d) -> 100);
		bed().databases().platformRows.counters(steady[0], steady[1], NOVEMBER, 1600, 0, 0);
		// The 17th: 3 300 s used (55 %), 2 700 left at 300 a day: the 25th, 8 days ahead, beyond the 7 of the lead.
		bed().databases().platformRows.counters(runaway[0], runaway[1], NOVEMBER, 3300, 0, 0);
		alertsAt("2026-11-17T06:00:00Z");
		assertThat(webhooks("quota.projected_exhaustion")).isEmpty();
		// The 18th: 3 600 s used, 2 400 left: the 25th, 7 days ahead: announced, once.
		bed().databases().platformRows.counters(runaway[0], runaway[1], NOVEMBER, 3600, 0, 0);
		alertsAt("2026-11-18T06:00:00Z");
		bed().databases().platformRows.counters(runaway[0], runaway[1], NOVEMBER, 3900, 0, 0);
		alertsAt("2026-11-19T06:00:00Z");

		assertThat(webhooks("quota.projected_exhaustion")).singleElement()
			.satisfies((body) -> assertThat(body).contains("\"client_id\":\"" + runaway[0] + "\"")
				.contains("\"used\":3600").contains("\"projected_date\":\"2026-11-25\"").contains("\"days_left\":7")
				.contains("\"workday_pace\":300").contains("\"used_minutes\":60.0"));
		MimeMessage mail = mailTo("owner-" + runaway[0] + "@example.com");
		assertThat(mail.getSubject()).isEqualTo("Runaway: Voice quota runs out around Wed 25 Nov at the recent pace (60 % used)");
		assertThat(content(leaves(mail), "text/plain")).contains("60 / 100 minutes used (60 %)")
			.contains("5 minutes a workday, 5 a weekend day").contains("reached in 7 day(s)");
		assertThat(bed().smtp().received()).as("ops and the owner, once; not billing").hasSize(2)
			.noneMatch((m) -> recipientsOf(m).contains("billing@example.com"));
		assertThat(this.activity.between(null, Instant.EPOCH, Instant.parse("2026-11-20T00:00:00Z"), 100))
			.extracting((e) -> e.eventType() + " " + e.title())
			.containsExactly("quota_forecast Voice quota runs out around Wed 25 Nov at the recent pace (60 % used)");
		// The dashboard's alerts and its badge: the projection with the figures the webhook carried, counted once
		// for its quota; the steady client has nothing.
		MonitoringData data = currentReport();
		assertThat(data.alerts()).filteredOn((a) -> "quota.projected_exhaustion".equals(a.eventType()))
			.singleElement()
			.satisfies((alert) -> {
				assertThat(alert.clientId()).isEqualTo(runaway[0]);
				assertThat(alert.used()).isEqualTo(3600);
				assertThat(alert.limit()).isEqualTo(6000);
				assertThat(alert.projection().projectedDate()).isEqualTo(LocalDate.of(2026, 11, 25));
				assertThat(alert.projection().workdayPace()).isEqualTo(300);
				assertThat(FORMAT.alert(alert)).isEqualTo("runs out around Wed 25 Nov at the recent pace (60 % used)");
				assertThat(FORMAT.usedOfLimit(alert)).isEqualTo("60 / 100 minutes");
			});
		assertThat(warningsOf(data, runaway[0])).isEqualTo(1);
		assertThat(warningsOf(data, steady[0])).isZero();
	}

	@Test
	void aSidekicksSpikeDayIsAnnouncedOnceNamingTheSidekick() throws Exception {
		// Voice unlimited on paragon: no projection, only the day. 540 to 660 s a day, then 100 minutes on the 19th.
		UUID[] spiky = clientWithSidekick("Spiky", "paragon");
		dailyUsage(spiky, QuotaMetric.VOICE_SECONDS, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 18),
				(d) -> 540 + 30 * (d.getDayOfYear() % 5));
		dailyUsage(spiky, QuotaMetric.VOICE_SECONDS, LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 19), (d) -> 6000);
		bed().databases().platformRows.counters(spiky[0], spiky[1], NOVEMBER, 20000, 0, 0);

		alertsAt("2026-11-19T12:00:00Z"); // the 18th judged: ordinary
		alertsAt("2026-11-20T06:00:00Z"); // the 19th: unusual
		alertsAt("2026-11-20T18:00:00Z"); // again: nothing new

		assertThat(webhooks("usage.unusual_day")).singleElement()
			.satisfies((body) -> assertThat(body).contains("\"sidekick_id\":\"" + spiky[1] + "\"")
				.contains("\"sidekick_name\":\"spiky\"").contains("\"day\":\"2026-11-19\"")
				.contains("\"amount\":6000").contains("\"median\":600").contains("\"usual_low\":540")
				.contains("\"usual_high\":660").contains("\"score\":90.0").contains("\"amount_minutes\":100.0"));
		MimeMessage mail = mailTo("owner-" + spiky[0] + "@example.com");
		assertThat(mail.getSubject()).isEqualTo("Spiky: Unusual day for spiky: 100 minutes on Thu 19 Nov (usually 9-11)");
		assertThat(content(leaves(mail), "text/plain")).contains("Voice on Thursday 19 November 2026: 100 minutes.")
			.contains("Usually 9 to 11 minutes a day (median 10, every day of the four weeks before): 90.0 deviations");
		assertThat(this.activity.between(null, Instant.EPOCH, Instant.parse("2026-11-21T00:00:00Z"), 100))
			.singleElement()
			.satisfies((event) -> {
				assertThat(event.eventType()).isEqualTo("unusual_day");
				assertThat(event.agentId()).isEqualTo(spiky[1]);
				assertThat(event.title()).isEqualTo("Unusual day for spiky: 100 minutes on Thu 19 Nov (usually 9-11)");
			});
		// In the dashboard's alerts, naming the sidekick; in the badge while the 19th is the day last judged.
		MonitoringData data = currentReport();
		assertThat(data.alerts()).singleElement().satisfies((alert) -> {
			assertThat(alert.eventType()).isEqualTo("usage.unusual_day");
			assertThat(alert.unusualDay().sidekickId()).isEqualTo(spiky[1]);
			assertThat(alert.unusualDay().amount()).isEqualTo(6000);
			assertThat(alert.used()).isNull();
			assertThat(FORMAT.alert(alert)).isEqualTo("unusual day for spiky: 100 minutes on Thu 19 Nov (usually 9-11)");
		});
		assertThat(warningsOf(data, spiky[0])).isEqualTo(1);
		this.clock.set(Instant.parse("2026-11-21T12:00:00Z"));
		assertThat(warningsOf(currentReport(), spiky[0])).as("the next day judged the 20th").isZero();
	}

	@Test
	void aKindTurnedOffIsNotAnnouncedWhileTheOtherIs() {
		// Both due on the 20th (as in the racing test): a projection and the 19th's spike; projections turned off.
		UUID[] client = clientWithSidekick("Both", "adventurer");
		dailyUsage(client, QuotaMetric.VOICE_SECONDS, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 18), (d) -> 300);
		dailyUsage(client, QuotaMetric.VOICE_SECONDS, LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 19), (d) -> 6000);
		bed().databases().platformRows.counters(client[0], client[1], NOVEMBER, 4500, 0, 0);
		List<ClientQuotas> quotas = new QuotaReader(bed().databases().platform.dataSource()).period(NOVEMBER, null);
		EarlyWarningAlerter unusualDaysOnly = new EarlyWarningAlerter(this.earlyWarningLedger, this.usageHistory,
				EarlyWarnings.of(this.properties), this.activity, this.alertMails, AdminLinks.of(this.properties),
				new TransactionTemplate(this.transactionManager), ZoneOffset.UTC, false, true);

		EarlyWarningAlerter.Announced announced = unusualDaysOnly.evaluate(quotas, this.recipients.current(), Map::of,
				Instant.parse("2026-11-20T06:00:00Z"));

		assertThat(announced.projections()).isZero();
		assertThat(announced.unusualDays()).isEqualTo(1);
		assertThat(this.store.sql("SELECT kind FROM monitor.early_warning").query(String.class).list())
			.containsExactly("usage.unusual_day");
	}

	@Test
	void quietHoursHoldAMailUntilTheyEndOnTheRecipientsClockAcrossTheClockChange() throws Exception {
		// Night is in Berlin, quiet 22:00-07:00, woken for a quota at its limit. Saturday 24 Oct 2026, 23:30 CEST;
		// the clocks go back at 03:00, so 07:00 on Sunday is 06:00 UTC.
		recipients("""
				  - email: night@example.com
				    role: superadmin
				    timezone: Europe/Berlin
				    quiet-hours: 22:00-07:00
				    wake-at-limit: true
				""");
		LocalDate october = LocalDate.of(2026, 10, 1);
		client("Late", "adventurer", 4800, october); // 80 %
		client("Full", "adventurer", 6000, october); // 100 %

		alertsAt("2026-10-24T21:30:00Z");

		assertThat(bed().receiver().processed()).as("webhooks never wait").hasSize(2);
		assertThat(mailsTo("night@example.com")).as("woken for the limit only")
			.containsExactly("Full: Voice quota at 100 % (100 % threshold)");
		assertThat(mailsTo("ops@example.com")).hasSize(2);
		assertThat(this.store.sql("SELECT next_attempt_at FROM monitor.outbox_message WHERE destination = "
				+ "'night@example.com' AND status = 'pending'")
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.single()).isEqualTo(Instant.parse("2026-10-25T06:00:00Z"));
		this.clock.set(Instant.parse("2026-10-25T05:59:00Z"));
		this.worker.deliverDue();
		assertThat(mailsTo("night@example.com")).hasSize(1);
		this.clock.set(Instant.parse("2026-10-25T06:00:00Z"));
		this.worker.deliverDue();
		assertThat(mailsTo("night@example.com")).containsExactlyInAnyOrder(
				"Full: Voice quota at 100 % (100 % threshold)", "Late: Voice quota at 80 % (80 % threshold)");
	}

	@Test
	void theDigestSendsOneMailHoldingEveryAlertOfTheDayAtTheChosenTime() throws Exception {
		// Daily at 08:00 in New York (EST, UTC-5: 13:00 UTC); ops gets each alert as it comes.
		recipients("""
				  - email: digest@example.com
				    role: superadmin
				    timezone: America/New_York
				    digest-at: "08:00"
				""");
		UUID[] spiky = clientWithSidekick("Spiky", "paragon");
		dailyUsage(spiky, QuotaMetric.VOICE_SECONDS, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 18),
				(d) -> 540 + 30 * (d.getDayOfYear() % 5));
		dailyUsage(spiky, QuotaMetric.VOICE_SECONDS, LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 19), (d) -> 6000);
		bed().databases().platformRows.counters(spiky[0], spiky[1], NOVEMBER, 20000, 0, 0);
		UUID[] eighty = clientWithSidekick("Eighty", "adventurer");
		bed().databases().platformRows.counters(eighty[0], eighty[1], NOVEMBER, 4800, 0, 0);
		alertsAt("2026-11-20T02:00:00Z"); // 21:00 the day before in New York: the unusual 19th and 80 %
		bed().databases().platformRows.counters(eighty[0], eighty[1], NOVEMBER, 5500, 0, 0);
		alertsAt("2026-11-20T12:00:00Z"); // 07:00: 90 %
		assertThat(mailsTo("digest@example.com")).isEmpty();
		assertThat(mailsTo("ops@example.com")).hasSize(3);

		alertsAt("2026-11-20T13:05:00Z"); // after 08:00: the digest
		alertsAt("2026-11-20T13:15:00Z"); // again: nothing new
		bed().databases().platformRows.counters(eighty[0], eighty[1], NOVEMBER, 6000, 0, 0);
		alertsAt("2026-11-20T13:20:00Z"); // 100 %: tomorrow's digest

		assertThat(mailsTo("digest@example.com")).containsExactly("Forge Monitor digest, Fri 20 Nov: 3 alerts");
		MimeMessage digest = mailTo("digest@example.com");
		assertThat(content(leaves(digest), "text/plain"))
			.containsSubsequence("Thu 19 Nov 21:00  Eighty: Voice quota at 80 % (threshold 80 % crossed)",
					"Thu 19 Nov 21:00  Spiky: Unusual day for spiky: 100 minutes on Thu 19 Nov (usually 9-11)",
					"Fri 20 Nov 07:00  Eighty: Voice quota at 91.6 % (threshold 90 % crossed)")
			.contains("Times are on your clock (America/New_York)")
			.doesNotContain("100 %");
		assertThat(content(leaves(digest), "text/html")).contains("3 alerts since your last digest");
		assertThat(this.store.sql("SELECT COUNT(*) FROM monitor.alert_digest_item WHERE digest_id IS NULL "
				+ "AND due_at = :due").param("due", OffsetDateTime.parse("2026-11-21T13:00:00Z"))
			.query(Long.class)
			.single()).as("the 100 % waits for Saturday's digest").isEqualTo(1);
	}

	// --- helpers ---

	/** The report of all clients for the billing period to date, as of the clock. */
	MonitoringData currentReport() {
		return this.reports.data(ReportScope.all(),
				ReportPeriod.of(PeriodKind.CURRENT, LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC)));
	}

	static int warningsOf(MonitoringData data, UUID client) {
		return data.clients()
			.stream()
			.filter((c) -> c.clientId().equals(client))
			.findFirst()
			.orElseThrow()
			.activeWarnings();
	}

	/** recipients.yml: ops, a superadmin taking every alert, and the entries given. */
	void recipients(String more) {
		bed().databases().configFile("recipients.yml", """
				recipients:
				  - email: ops@example.com
				    name: Ops Team
				    role: superadmin
				    clients: []
				    alerts: true
				""" + more);
	}

	/** webhooks.yml with one endpoint, "pager", at this URL (the loopback receiver: a private address allowed). */
	void pagerAt(String url) {
		bed().databases().configFile("webhooks.yml", """
				endpoints:
				  - name: pager
				    url: %s
				    allow-private: true
				    secret: %s
				    events: [quota.threshold_crossed, quota.recovered, quota.projected_exhaustion, usage.unusual_day]
				""".formatted(url, SECRET));
	}

	/** A client with one sidekick whose voice counter stands at {@code voiceSeconds} for the period. */
	UUID client(String name, String tier, long voiceSeconds, LocalDate period) {
		UUID[] client = clientWithSidekick(name, tier);
		bed().databases().platformRows.counters(client[0], client[1], period, voiceSeconds, 0, 0);
		return client[0];
	}

	/** A client with one sidekick named after it (its slug), and an owner to mail: its id and the sidekick's. */
	UUID[] clientWithSidekick(String name, String tier) {
		UUID client = bed().databases().platformRows.client(name, tier, false);
		UUID agent = bed().databases().platformRows.agent(name.toLowerCase(Locale.ROOT).replace(' ', '-'));
		this.platform.sql("UPDATE clients SET owner_email = :e WHERE id = :id")
			.param("e", "owner-" + client + "@example.com")
			.param("id", client)
			.update();
		return new UUID[] { client, agent };
	}

	/** The sidekick's daily usage of one metric in the store, as the rollup writes it, from first to last. */
	void dailyUsage(UUID[] client, QuotaMetric metric, LocalDate first, LocalDate last,
			ToLongFunction<LocalDate> amount) {
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			long value = amount.applyAsLong(day);
			this.store.sql("INSERT INTO monitor.daily_usage_derived (client_id, agent_id, usage_date, voice_seconds, "
					+ "text_messages, embedding_chunks, origin) VALUES (:c, :a, :d, :voice, :text, :chunks, 'snapshot')")
				.param("c", client[0])
				.param("a", client[1])
				.param("d", day)
				.param("voice", (metric == QuotaMetric.VOICE_SECONDS) ? value : 0)
				.param("text", (metric == QuotaMetric.TEXT_MESSAGES) ? value : 0)
				.param("chunks", (metric == QuotaMetric.EMBEDDING_CHUNKS) ? value : 0)
				.update();
		}
	}

	/** The quota-alerts job run at that moment. */
	RunOutcome alertsAt(String instant) {
		this.clock.set(Instant.parse(instant));
		RunOutcome outcome = this.jobs.run("quota-alerts", Map.of(), false);
		assertThat(outcome.status()).as(outcome.failure()).isEqualTo("COMPLETED");
		return outcome;
	}

	static String recipientsOf(MimeMessage message) {
		try {
			return String.join(",", message.getHeader("To"));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The webhooks received of one type, as their bodies. */
	List<String> webhooks(String type) {
		return bed().receiver()
			.received()
			.stream()
			.map(WebhookReceiver.Received::body)
			.filter((body) -> body.contains("\"type\":\"" + type + "\""))
			.toList();
	}

	void tier(String tier, long voice, long text, long chunks) {
		this.platform.sql("INSERT INTO tier_quotas (id, tier, voice_seconds_per_month, text_messages_per_month, "
				+ "embedding_chunks_per_month) VALUES (:id, :tier, :voice, :text, :chunks)")
			.param("id", UUID.randomUUID())
			.param("tier", tier)
			.param("voice", voice)
			.param("text", text)
			.param("chunks", chunks)
			.update();
	}

	/** Announces without delivering: the outbox holds the messages. */
	void evaluateOnly(UUID client) {
		new QuotaReader(bed().databases().platform.dataSource()).period(NOVEMBER, client)
			.forEach((quotas) -> this.alerter.evaluate(quotas, this.recipients.current(), List.of(80, 90, 100),
					this.clock.instant()));
	}

	List<String> crossings() {
		return this.notices.between(null, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))
			.stream()
			.filter(QuotaNotice::crossed)
			.map((n) -> n.clientId() + " " + n.metric().key() + " " + n.threshold() + " " + n.thresholds())
			.toList();
	}

	List<OutboxStatus> statuses(Channel channel) {
		return this.store.sql("SELECT status FROM monitor.outbox_message WHERE channel = :channel")
			.param("channel", channel.key())
			.query((rs, n) -> OutboxStatus.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)))
			.list();
	}

	/** The subjects of the mails received by an address, in the order they came. */
	List<String> mailsTo(String address) {
		return bed().smtp().received().stream().filter((m) -> recipientsOf(m).contains(address))
			.map(QuotaAlertsTests::subject)
			.toList();
	}

	MimeMessage mailTo(String address) {
		return bed().smtp().received().stream().filter((m) -> {
			try {
				return m.getAllRecipients()[0].toString().contains(address);
			}
			catch (Exception ex) {
				return false;
			}
		}).findFirst().orElseThrow(() -> new AssertionError("no mail to " + address));
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<Part> leaves(Part part) throws Exception {
		List<Part> leaves = new ArrayList<>();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				leaves.addAll(leaves(child));
			}
		}
		else {
			leaves.add(part);
		}
		return leaves;
	}

	static boolean isPng(Part part) {
		try {
			return part.isMimeType("image/png");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String content(List<Part> parts, String type) throws Exception {
		for (Part part : parts) {
			if (part.isMimeType(type)) {
				return (String) part.getContent();
			}
		}
		throw new AssertionError("no " + type + " part");
	}

	/** Thrown by a channel right after it delivered: stands for the worker's process dying at that moment. */
	static final class WorkerKilled extends Error {

		private static final long serialVersionUID = 1L;

	}

	static OutboxChannel dyingAfterSending(OutboxChannel channel) {
		return new OutboxChannel() {
			@Override
			public Channel channel() {
				return channel.channel();
			}

			@Override
			public DeliveryResult deliver(OutboxMessage message) {
				DeliveryResult result = channel.deliver(message);
				if (result instanceof DeliveryResult.Delivered) {
					throw new WorkerKilled();
				}
				return result;
			}

			@Override
			public InDoubt inDoubt(OutboxMessage message) {
				return channel.inDoubt(message);
			}
		};
	}

}
