package com.sidekickforge.monitor.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sidekickforge.monitor.ForgeMonitorApplication;
import com.sidekickforge.monitor.run.JobRuns;
import com.sidekickforge.monitor.run.RunOutcome;
import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.MutableClock;
import com.sidekickforge.monitor.testsupport.MutableClockConfiguration;
import com.sidekickforge.monitor.testsupport.SourceAndStoreDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job that keeps failing is announced once per grace period, by mail to the superadmins and by webhook, the
 * mail written as an {@code .eml} and the webhook as its file (file transport).
 */
@SpringBootTest(classes = { ForgeMonitorApplication.class, MutableClockConfiguration.class },
		properties = { "forge.mail.transport=file", "forge.notices.job-failed-grace=1h", "forge.timezone=UTC" })
class JobFailureNoticesTests {

	static final SourceAndStoreDatabases DATABASES = new SourceAndStoreDatabases(SourceDatabase.H2);

	@DynamicPropertySource
	static void databases(DynamicPropertyRegistry registry) {
		DATABASES.register(registry);
	}

	@Autowired
	JobRuns jobs;

	@Autowired
	MutableClock clock;

	@Test
	void aFailingJobIsAnnouncedOncePerGracePeriodByMailAndWebhook() throws IOException {
		DATABASES.platformRows.client("Bravo", "champion", true);
		DATABASES.tenants("bravo", "jdbc:h2:mem:no-such-tenant;IFEXISTS=TRUE");
		Files.writeString(DATABASES.configDir.resolve("recipients.yml"), """
				recipients:
				  - email: ops@example.com
				    role: superadmin
				  - email: bravo-owner@example.com
				    role: subscriber
				    clients: [bravo]
				""");
		Files.writeString(DATABASES.configDir.resolve("webhooks.yml"), """
				endpoints:
				  - name: pager
				    url: https://hooks.example.com/forge
				    secret: whsec_dGVzdC1zZWNyZXQtb2YtMzItYnl0ZXMtbGVuZ3RoISE=
				    events: [job.failed]
				""");
		this.clock.set(Instant.parse("2026-11-04T00:15:00Z"));

		RunOutcome first = this.jobs.run("daily-rollup", Map.of("date", "2026-11-03"), false);
		this.clock.set(Instant.parse("2026-11-04T00:45:00Z"));
		RunOutcome second = this.jobs.run("daily-rollup", Map.of("date", "2026-11-03"), false);

		assertThat(first.status()).isEqualTo("FAILED");
		assertThat(second.status()).isEqualTo("FAILED");
		assertThat(files("mail")).hasSize(1);
		assertThat(files("webhooks")).hasSize(1);
		String mail = Files.readString(files("mail").get(0));
		assertThat(mail).contains("To: ops@example.com", "Subject: Forge Monitor: daily-rollup failed",
				"forge-monitor run daily-rollup").doesNotContain("bravo-owner");
		assertThat(Files.readString(files("webhooks").get(0))).contains("\\\"type\\\":\\\"job.failed\\\"",
				"tenant database of bravo");

		this.clock.set(Instant.parse("2026-11-04T01:20:00Z"));
		this.jobs.run("daily-rollup", Map.of("date", "2026-11-03"), false);

		assertThat(files("mail")).as("a new grace period: announced again").hasSize(2);
		assertThat(files("webhooks")).hasSize(2);
	}

	@Test
	void oneAnnouncedFailureHidesOnlyTheSameFailureOfTheSameJob() {
		RunOutcome refused = failed("daily-rollup", "tenant database of bravo: connection to 127.0.0.1:5999 refused");
		RunOutcome refusedAgain = failed("daily-rollup", "tenant database of bravo: connection to 127.0.0.1:6001 refused");
		RunOutcome other = failed("daily-rollup", "platform database: password authentication failed for 'monitor'");

		assertThat(JobFailureNotices.gate(refused)).isEqualTo(JobFailureNotices.gate(refusedAgain))
			.isNotEqualTo(JobFailureNotices.gate(other))
			.isNotEqualTo(JobFailureNotices.gate(failed("quota-alerts", refused.failure())));
	}

	private static RunOutcome failed(String job, String failure) {
		return new RunOutcome(job, 1, "FAILED", false, Duration.ofSeconds(1), failure, List.of(), 0, 0);
	}

	private static List<Path> files(String directory) throws IOException {
		Path dir = DATABASES.configDir.resolve("out").resolve(directory);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}

}
