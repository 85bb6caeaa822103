package com.sidekickforge.monitor.tools;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.CommandLine;
import com.sidekickforge.monitor.testsupport.CommandLine.Run;
import com.sidekickforge.monitor.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench-rollup} as the README runs it, on a small generated PostgreSQL data set: every round measures both
 * runs against their floor on an emptied store, and the medians come last. (What it measures is for the benchmark
 * itself, not for a test.)
 */
class BenchRollupCommandTests {

	@TempDir
	Path temp;

	@Test
	void measuresEachRoundAndPrintsTheMedians() {
		try (TestDatabase platform = TestDatabase.create(SourceDatabase.POSTGRESQL, "bench_platform")) {
			TestDatabase store = platform.sibling("bench_store");
			Run generate = CommandLine.run("generate", "--url", platform.url(), "--clients", "3", "--transcript-rows",
					"3000", "--as-of", "2026-11-25");
			assertThat(generate.exitCode()).as(generate.err()).isZero();

			Run bench = bench(platform, store, "--rounds", "2");
			Run noRounds = bench(platform, store, "--rounds", "0");

			assertThat(bench.exitCode()).as(bench.out() + bench.err()).isZero();
			assertThat(bench.out()).contains("round 1 of 2", "round 2 of 2", "settled (vacuum, analyze, checkpoint")
				.containsPattern("backfill 2025-10-\\d\\d\\.\\.2026-11-24: rollup \\d+\\.\\d s, sql-floor \\d+\\.\\d s")
				.containsPattern("daily 2026-11-01\\.\\.2026-11-25: rollup \\d+\\.\\d s")
				.containsPattern("rollup-events +COMPLETED")
				.containsPattern("backfill: rollup/sql-floor median \\d+\\.\\d\\d \\(2 rounds, \\d+\\.\\d\\d-\\d+\\.\\d\\d\\)")
				.containsPattern("daily: rollup/sql-floor median \\d+\\.\\d\\d \\(2 rounds");
			long sums = JdbcClient.create(store.dataSource())
				.sql("SELECT COUNT(*) FROM monitor.event_daily")
				.query(Long.class)
				.single();
			assertThat(sums).isPositive();
			assertThat(noRounds.exitCode()).isEqualTo(2);
			assertThat(noRounds.err()).contains("--rounds must be between 1 and 100, not 0");
		}
	}

	private Run bench(TestDatabase platform, TestDatabase store, String... options) {
		String[] fixed = { "bench-rollup", "--date", "2026-11-25", "--forge.platform.url=" + platform.url(),
				"--forge.store.url=" + store.url(), "--forge.config-dir=" + this.temp.resolve("no-config"),
				"--forge.output-dir=" + this.temp.resolve("out"), "--forge.timezone=UTC" };
		String[] all = new String[fixed.length + options.length];
		System.arraycopy(fixed, 0, all, 0, fixed.length);
		System.arraycopy(options, 0, all, fixed.length, options.length);
		return CommandLine.run(all);
	}

}
