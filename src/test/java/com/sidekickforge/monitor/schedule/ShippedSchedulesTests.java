package com.sidekickforge.monitor.schedule;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.sidekickforge.monitor.ForgeMonitorApplication;
import com.sidekickforge.monitor.cli.ForgeJobs;
import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.Schedule;
import com.sidekickforge.monitor.config.SchedulesFiles;
import com.sidekickforge.monitor.testsupport.DemoReports;
import com.sidekickforge.monitor.testsupport.MailParts;
import com.sidekickforge.monitor.testsupport.SmtpServer;
import com.sidekickforge.monitor.testsupport.WebhookReceiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every schedule the repository ships ({@code jobs/*.yml}), with the repository's own {@code config/} (its
 * recipients, its thresholds), fired once by the scheduler against the demo's databases and a store of its own,
 * mail through a real SMTP server and a signed webhook receiver on loopback: every run completes, and every
 * message of the outbox is delivered (none pending, dead or unconfirmed), each mail with its charts inline.
 */
class ShippedSchedulesTests {

	private static final Path REPOSITORY = Path.of("").toAbsolutePath();

	@Test
	void everyShippedScheduleRunsAndDeliversEverythingItSends() throws Exception {
		Path out = DemoReports.out();
		Path work = Files.createTempDirectory("forge-shipped");
		Path config = work.resolve("config");
		Files.createDirectories(config);
		for (String file : List.of("recipients.yml", "users.yml", "tenants.yml", "webhooks.yml")) {
			Files.copy(REPOSITORY.resolve("config").resolve(file), config.resolve(file));
		}
		// The demo's tenant databases, and a webhook endpoint as a user adds one to the shipped webhooks.yml.
		Files.copy(out.resolve("config/tenants.yml"), config.resolve("tenants.yml"),
				StandardCopyOption.REPLACE_EXISTING);
		String secret = "whsec_" + Base64.getEncoder()
			.encodeToString("shipped-schedules-secret-32bytes".getBytes(StandardCharsets.UTF_8));
		List<Schedule> schedules = SchedulesFiles.read(REPOSITORY.resolve("jobs"), Map.of(), ForgeJobs.CATALOG);
		assertThat(schedules).extracting(Schedule::job)
			.contains("daily-rollup", "quota-alerts", "health-check", "report");
		// The demo's last day is the jobs' "now" (a fixed clock: its quotas are November's); the scheduler fires in
		// real time, so each fire is now, and each next fire in the future.
		Instant asOf = Instant.parse("2026-11-25T23:59:00Z");
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		try (SmtpServer smtp = new SmtpServer(); WebhookReceiver receiver = new WebhookReceiver(secret)) {
			Files.writeString(config.resolve("webhooks.yml"), """
					endpoints:
					  - name: ops-board
					    url: %s
					    allow-private: true
					    secret: %s
					    events: [quota.threshold_crossed, quota.recovered, job.failed, report.published]
					""".formatted(receiver.url(), secret));
			ConfigurableApplicationContext context = new SpringApplicationBuilder(ForgeMonitorApplication.class)
				.logStartupInfo(false)
				.run("--spring.main.web-application-type=none", "--forge.output-dir=" + work.resolve("out"),
						"--forge.config-dir=" + config, "--forge.jobs-dir=" + REPOSITORY.resolve("jobs"),
						"--forge.platform.url=" + ForgeProperties.h2FileUrl(out.resolve("data/platform")),
						"--forge.store.url=" + ForgeProperties.h2FileUrl(work.resolve("store")),
						"--forge.now=" + asOf, "--forge.mail.transport=smtp", "--spring.mail.host=127.0.0.1",
						"--spring.mail.port=" + smtp.port());
			JdbcClient store = JdbcClient.create(context.getBean(DataSource.class));
			Scheduler scheduler = context.getBean(Scheduling.class).start("shipped", Duration.ofSeconds(1));
			try {
				ScheduleLoader loader = new ScheduleLoader();
				loader.load(scheduler, schedules, now);
				// Each schedule fired once, in the order a day brings them: rollup, alerts, health, reports.
				for (String job : List.of("daily-rollup", "quota-alerts", "health-check", "report")) {
					for (Schedule schedule : schedules.stream().filter((s) -> s.job().equals(job) && s.enabled()).toList()) {
						loader.scheduleFire(scheduler, JobKey.jobKey(schedule.name(), ScheduleLoader.GROUP),
								schedule.name(), now);
						await().atMost(Duration.ofMinutes(3)).until(() -> ended(store, schedule.name()) > 0);
						assertThat(statuses(store, schedule.name())).as(schedule.name()).containsOnly("COMPLETED");
					}
				}
			}
			finally {
				scheduler.shutdown(true);
				context.close();
			}
			List<Map<String, Object>> outbox = JdbcClient
				.create(new DriverManagerDataSource(
						ForgeProperties.h2FileUrl(work.resolve("store"))))
				.sql("SELECT status, event_type, destination, last_error FROM monitor.outbox_message")
				.query()
				.listOfRows();
			assertThat(outbox).as("the schedules sent mails and webhooks").isNotEmpty();
			assertThat(outbox).as("every message delivered (none pending, dead or unconfirmed)")
				.allSatisfy((message) -> assertThat(message.get("STATUS")).as(message.toString()).isEqualTo("delivered"));
			List<MimeMessage> mails = smtp.received();
			assertThat(mails).extracting(MimeMessage::getSubject)
				.anyMatch((subject) -> subject.startsWith("Forge Monitor report: All clients"))
				.anyMatch((subject) -> subject.contains("quota at"));
			for (MimeMessage mail : mails) {
				List<String> images = MailParts.inlineImages(mail);
				assertThat(images).as(mail.getSubject()).isNotEmpty().allMatch((name) -> name.endsWith(".png"));
				if (mail.getSubject().startsWith("Forge Monitor report")) {
					assertThat(images).as(mail.getSubject()).contains("usage-trend.png").hasSize(4);
				}
			}
			assertThat(receiver.received()).as("signed webhooks").isNotEmpty()
				.allSatisfy((hook) -> assertThat(hook.signatureValid()).isTrue())
				.anySatisfy((hook) -> assertThat(hook.body()).contains("\"report.published\"")
					.contains("\"schedule\":\"weekly-report\"").doesNotContain(work.toString()));
		}
	}

	private static long ended(JdbcClient store, String schedule) {
		return store.sql("""
				SELECT COUNT(*) FROM monitor.batch_job_execution e
				JOIN monitor.batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
				WHERE p.parameter_name = 'schedule' AND p.parameter_value = :schedule AND e.end_time IS NOT NULL
				""").param("schedule", schedule).query(Long.class).single();
	}

	private static List<String> statuses(JdbcClient store, String schedule) {
		return store.sql("""
				SELECT e.status FROM monitor.batch_job_execution e
				JOIN monitor.batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
				WHERE p.parameter_name = 'schedule' AND p.parameter_value = :schedule
				""").param("schedule", schedule).query(String.class).list();
	}


}
