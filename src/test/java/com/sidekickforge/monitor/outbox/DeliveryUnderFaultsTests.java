package com.sidekickforge.monitor.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sidekickforge.monitor.ForgeMonitorApplication;
import com.sidekickforge.monitor.run.JobRuns;
import com.sidekickforge.monitor.run.RunOutcome;
import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.FaultySmtpServer;
import com.sidekickforge.monitor.testsupport.MutableClock;
import com.sidekickforge.monitor.testsupport.MutableClockConfiguration;
import com.sidekickforge.monitor.testsupport.SourceAndStoreDatabases;
import com.sidekickforge.monitor.testsupport.WebhookReceiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Deliveries when the mail server misbehaves: one that accepts and never answers fails each attempt within the
 * mail timeouts (retried) and holds up neither the run nor the webhooks; one that reads the whole message and drops
 * the connection before its reply leaves the mail {@code unconfirmed}, sent once and never again by itself.
 */
@SpringBootTest(classes = { ForgeMonitorApplication.class, MutableClockConfiguration.class },
		properties = { "forge.timezone=UTC", "forge.mail.transport=smtp", "spring.mail.host=127.0.0.1",
				"forge.mail.connect-timeout=1s", "forge.mail.read-timeout=1s", "forge.mail.write-timeout=1s",
				"forge.outbox.retry-schedule=0s,10s,10s,10s", "forge.outbox.lease=1m" })
class DeliveryUnderFaultsTests {

	static final SourceAndStoreDatabases DATABASES = new SourceAndStoreDatabases(SourceDatabase.H2);

	static final FaultySmtpServer SMTP = new FaultySmtpServer();

	static final String SECRET = "whsec_" + Base64.getEncoder()
		.encodeToString("a-test-secret-of-32-bytes-length".getBytes(StandardCharsets.UTF_8));

	static final WebhookReceiver RECEIVER = new WebhookReceiver(SECRET);

	static final Instant MID_NOVEMBER = Instant.parse("2026-11-20T12:00:00Z");

	@DynamicPropertySource
	static void databases(DynamicPropertyRegistry registry) {
		DATABASES.register(registry);
		registry.add("spring.mail.port", SMTP::port);
	}

	@Autowired
	JobRuns jobs;

	@Autowired
	OutboxWorker worker;

	@Autowired
	MutableClock clock;

	JdbcClient store;

	@BeforeEach
	void aClientAtItsVoiceLimit() {
		DATABASES.clear();
		RECEIVER.reset();
		this.store = JdbcClient.create(DATABASES.store.dataSource());
		DATABASES.configFile("recipients.yml", """
				recipients:
				  - email: ops@example.com
				    role: superadmin
				    alerts: true
				""");
		DATABASES.configFile("webhooks.yml", """
				endpoints:
				  - name: pager
				    url: %s
				    secret: %s
				    allow-private: true
				    events: [quota.threshold_crossed]
				""".formatted(RECEIVER.url(), SECRET));
		UUID client = DATABASES.platformRows.client("At Limit", "adventurer", false);
		UUID agent = DATABASES.platformRows.agent("at-limit-desk");
		DATABASES.platformRows.counters(client, agent, LocalDate.of(2026, 11, 1), 6000, 0, 0);
		JdbcClient.create(DATABASES.platform.dataSource())
			.sql("UPDATE clients SET owner_email = 'owner@at-limit.example' WHERE id = :id")
			.param("id", client)
			.update();
		this.clock.set(MID_NOVEMBER);
	}

	@Test
	void aMailServerThatNeverAnswersHoldsUpNeitherTheRunNorTheWebhooks() {
		SMTP.mode(FaultySmtpServer.Mode.STALL);

		RunOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> this.jobs.run("quota-alerts", Map.of(), false));

		assertThat(outcome.status()).as(outcome.failure()).isEqualTo("COMPLETED");
		assertThat(RECEIVER.received()).as("the webhook went out beside the stalled mails").hasSize(1);
		assertThat(statuses("email")).as("each mail failed its attempt within the timeouts, to be retried")
			.containsOnly("pending");
		assertThat(this.store.sql("SELECT last_error FROM monitor.outbox_message WHERE channel = 'email'")
			.query(String.class).list()).allMatch((error) -> error.toLowerCase().contains("timed out")
					|| error.toLowerCase().contains("timeout"));
	}

	@Test
	void aMailSentWholeWhoseAnswerNeverCameIsUnconfirmedAndNeverResentByItself() {
		SMTP.mode(FaultySmtpServer.Mode.DROP_AFTER_DATA);
		int before = SMTP.messages();

		RunOutcome outcome = this.jobs.run("quota-alerts", Map.of(), false);
		this.clock.set(MID_NOVEMBER.plus(Duration.ofHours(1)));
		this.worker.deliverDue();
		this.worker.deliverDue();

		assertThat(outcome.status()).isEqualTo("COMPLETED");
		assertThat(SMTP.messages() - before).as("ops and the owner, each once").isEqualTo(2);
		assertThat(statuses("email")).containsOnly("unconfirmed").hasSize(2);
	}

	private List<String> statuses(String channel) {
		return this.store.sql("SELECT status FROM monitor.outbox_message WHERE channel = :channel")
			.param("channel", channel)
			.query(String.class)
			.list();
	}

}
