package com.sidekickforge.monitor.rollup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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
 * A rollup process killed with SIGKILL in the middle of its work, on PostgreSQL, then run again: it ends
 * with exactly the rows of an uninterrupted run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyRollupCrashTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

	private TestDatabase platform;

	private TestDatabase store;

	private Path config;

	@BeforeAll
	void aGeneratedPlatformDatabase() throws IOException {
		this.platform = TestDatabase.create(SourceDatabase.POSTGRESQL, "crash");
		this.store = this.platform.sibling("crashstore");
		this.config = Files.createTempDirectory("forge-crash-config");
		SampleDataSpec spec = SampleDataSpec.of(5, 300, AS_OF, ZoneId.of("UTC")).withVolumeScale(0.05);
		new SampleDataGenerator(1000, 2).generate(spec, this.platform.dataSource(), TenantPlacement.PLATFORM,
				GenerationProgress.NONE);
	}

	@AfterAll
	void dropTheDatabases() {
		this.platform.close();
	}

	@Test
	void aRunKilledMidStepAndRunAgainEndsWithTheRowsOfAnUninterruptedRun() throws Exception {
		// The day before first, so that the killed run has a second snapshot and derives client by client.
		Process dayBefore = forgeMonitor(AS_OF, "run", "daily-rollup", "--date", AS_OF.minusDays(1).toString()).start();
		assertThat(dayBefore.waitFor()).as(Files.readString(this.config.resolve("run.log"))).isZero();
		// A minute of calls per sidekick on the day itself, which its snapshot difference will show.
		JdbcClient.create(this.platform.dataSource())
			.sql("UPDATE agent_usage SET voice_seconds_used = voice_seconds_used + 60 WHERE period_start = DATE '2026-11-01'")
			.update();
		Process doomed = forgeMonitor(AS_OF.plusDays(1), "run", "daily-rollup", "--date", AS_OF.toString()).start();
		JdbcClient store = JdbcClient.create(this.store.dataSource());
		String committed = "SELECT COALESCE(SUM(s.commit_count), 0) FROM monitor.batch_step_execution s"
				+ " JOIN monitor.batch_job_execution j ON j.job_execution_id = s.job_execution_id"
				+ " WHERE s.step_name LIKE 'rollup-daily-usage-partition:%' AND j.status = 'STARTED'";
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> count(store, committed) >= 5);
		doomed.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the process itself
		doomed.waitFor();
		assertThat(count(store, "SELECT COUNT(*) FROM monitor.batch_job_execution WHERE status = 'STARTED'"))
			.as("killed while the run was going on")
			.isEqualTo(1);

		Process again = forgeMonitor(AS_OF.plusDays(1), "run", "daily-rollup", "--date", AS_OF.toString(), "--recover")
			.start();
		assertThat(again.waitFor()).as(Files.readString(this.config.resolve("run.log"))).isZero();
		List<String> afterCrash = ChildProcess.dailyUsageRows(store);

		// The reference recomputes what a run of the day owns: its billing period.
		store.sql("DELETE FROM monitor.daily_usage_derived WHERE usage_date >= DATE '2026-11-01'").update();
		Process reference = forgeMonitor(AS_OF.plusDays(1), "run", "daily-rollup", "--date", AS_OF.toString()).start();
		assertThat(reference.waitFor()).as(Files.readString(this.config.resolve("run.log"))).isZero();

		assertThat(ChildProcess.dailyUsageRows(store)).hasSizeGreaterThan(1000).isEqualTo(afterCrash);
		assertThat(afterCrash).anyMatch((row) -> row.contains(" 2026-11-25 60 0 0 snapshot"));
	}

	/** A forge-monitor process whose "now" is 00:15 on the given day. */
	private ProcessBuilder forgeMonitor(LocalDate today, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--forge.platform.url=" + this.platform.url());
		all.add("--forge.store.url=" + this.store.url());
		all.add("--forge.config-dir=" + this.config);
		all.add("--forge.output-dir=" + this.config.resolve("out"));
		all.add("--forge.rollup.clients-per-chunk=1");
		// Right after the day rolled up: the run takes its snapshot.
		all.add("--forge.now=" + today + "T00:15:00Z");
		return ChildProcess.forgeMonitor(this.config.resolve("run.log"), all);
	}

	private static long count(JdbcClient store, String sql) {
		return store.sql(sql).query(Long.class).single();
	}

}
