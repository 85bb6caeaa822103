package com.sidekickforge.monitor.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.sampledata.GenerationProgress;
import com.sidekickforge.monitor.sampledata.SampleDataGenerator;
import com.sidekickforge.monitor.sampledata.SampleDataSpec;
import com.sidekickforge.monitor.sampledata.TenantPlacement;
import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.ChildProcess;
import com.sidekickforge.monitor.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two {@code serve} processes on one PostgreSQL store; the one running a scheduled rollup is killed with SIGKILL
 * in the middle of it: the other recovers the fire and finishes the run, which ends with the rows of an
 * uninterrupted run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduleFailoverTests {

	private TestDatabase platform;

	private TestDatabase store;

	private Path work;

	@BeforeAll
	void aGeneratedPlatformDatabase() throws IOException {
		this.platform = TestDatabase.create(SourceDatabase.POSTGRESQL, "failover");
		this.store = this.platform.sibling("failoverstore");
		this.work = Files.createTempDirectory("forge-failover");
		SampleDataSpec spec = SampleDataSpec.of(5, 200, LocalDate.now(ZoneOffset.UTC), ZoneId.of("UTC")).withVolumeScale(0.05);
		new SampleDataGenerator(1000, 2).generate(spec, this.platform.dataSource(), TenantPlacement.PLATFORM,
				GenerationProgress.NONE);
	}

	@AfterAll
	void dropTheDatabases() {
		this.platform.close();
	}

	@Test
	void whenTheNodeRunningAScheduledJobDiesAnotherFinishesIt() throws Exception {
		// Both nodes up first (however long that takes here), then one fire, 10 s later, of yesterday's rollup: each
		// node reloads the jobs directory every second.
		Path jobs = Files.createDirectories(this.work.resolve("jobs"));
		Map<String, Process> nodes = new LinkedHashMap<>();
		for (String node : List.of("node-a", "node-b")) {
			nodes.put(node, forgeMonitor(node, "serve", "--node", node, "--reload", "PT1S", "--forge.jobs-dir=" + jobs,
					"--server.port=0").start());
		}
		for (String node : nodes.keySet()) {
			Path log = this.work.resolve(node + ".log");
			await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
				.until(() -> Files.exists(log) && Files.readString(log).contains("Serving 0 schedules"));
		}
		ZonedDateTime fire = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10).withNano(0);
		Files.writeString(jobs.resolve("failover-rollup.yml"), """
				name: failover-rollup
				job: daily-rollup
				cron: "%s"
				timezone: UTC
				misfire: fire-once
				""".formatted(DateTimeFormatter.ofPattern("s m H d M '?' yyyy").format(fire)));
		JdbcClient store = JdbcClient.create(this.store.dataSource());
		try {
			String committed = "SELECT COALESCE(SUM(s.commit_count), 0) FROM monitor.batch_step_execution s"
					+ " JOIN monitor.batch_job_execution j ON j.job_execution_id = s.job_execution_id"
					+ " WHERE s.step_name LIKE 'rollup-events-partition:%' AND j.status = 'STARTED'";
			// The nodes migrate the store as they start: until then the tables are not there.
			await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
				.until(() -> count(store, committed) >= 2);
			String running = store.sql("SELECT instance_name FROM monitor.qrtz_fired_triggers WHERE state = 'EXECUTING'")
				.query(String.class)
				.single();
			nodes.get(running).destroyForcibly(); // SIGKILL mid-run: no shutdown, no check-out
			nodes.get(running).waitFor();

			await().atMost(Duration.ofMinutes(3)).until(() -> count(store,
					"SELECT COUNT(*) FROM monitor.batch_job_execution WHERE status = 'COMPLETED'") >= 1);
			assertThat(count(store, "SELECT COUNT(*) FROM monitor.batch_job_instance")).as("one run, restarted").isEqualTo(1);
		}
		finally {
			nodes.values().forEach(Process::destroyForcibly);
		}
		List<String> afterFailover = ChildProcess.dailyUsageRows(store);
		store.sql("DELETE FROM monitor.daily_usage_derived").update();
		store.sql("DELETE FROM monitor.event_daily").update();
		Process reference = forgeMonitor("reference", "run", "daily-rollup").start();
		assertThat(reference.waitFor()).as(Files.readString(this.work.resolve("reference.log"))).isZero();
		assertThat(ChildProcess.dailyUsageRows(store)).hasSizeGreaterThan(500).isEqualTo(afterFailover);
	}

	private ProcessBuilder forgeMonitor(String name, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--forge.platform.url=" + this.platform.url());
		all.add("--forge.store.url=" + this.store.url());
		all.add("--forge.config-dir=" + this.work.resolve("config"));
		all.add("--forge.output-dir=" + this.work.resolve("out"));
		all.add("--forge.rollup.clients-per-chunk=1");
		return ChildProcess.forgeMonitor(this.work.resolve(name + ".log"), all);
	}

	private static long count(JdbcClient store, String sql) {
		return store.sql(sql).query(Long.class).single();
	}

}
