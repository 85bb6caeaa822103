package com.sidekickforge.monitor.tools;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.CommandLine;
import com.sidekickforge.monitor.testsupport.CommandLine.Run;
import com.sidekickforge.monitor.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bench-report} as the README runs it, on a small generated PostgreSQL data set: each round reads, runs the
 * report job and says what each format cost in seconds and bytes and how large a generation and the history are;
 * the medians come last. (What it measures is for the benchmark itself, not for a test.)
 */
class BenchReportCommandTests {

	@TempDir
	Path temp;

	@Test
	void measuresEachRoundWithItsFormatsAndBytesAndPrintsTheMedians() {
		try (TestDatabase platform = TestDatabase.create(SourceDatabase.POSTGRESQL, "bench_report_platform")) {
			TestDatabase store = platform.sibling("bench_report_store");
			Run generate = CommandLine.run("generate", "--url", platform.url(), "--clients", "3", "--transcript-rows",
					"3000", "--as-of", "2026-11-25");
			assertThat(generate.exitCode()).as(generate.err()).isZero();
			Run rollup = CommandLine.run(options(platform, store, "run", "daily-rollup", "--date", "2026-11-25"));
			assertThat(rollup.exitCode()).as(rollup.out() + rollup.err()).isZero();

			Run bench = CommandLine.run(options(platform, store, "bench-report", "--at", "2026-11-25T23:59:00Z",
					"--rounds", "2"));
			Run noRounds = CommandLine.run(options(platform, store, "bench-report", "--at", "2026-11-25T23:59:00Z",
					"--rounds", "0"));

			assertThat(bench.exitCode()).as(bench.out() + bench.err()).isZero();
			assertThat(bench.out())
				.containsPattern("round 1: read \\d+\\.\\d s \\(peak heap \\d+ MiB, live \\d+ MiB\\), report \\d+\\.\\d s")
				.containsPattern("round 2: read")
				.containsPattern("html +\\d+\\.\\d s \\(summed over threads\\) +[\\d,]+ bytes in 8 files")
				.containsPattern("pdf +\\d+\\.\\d s .* bytes in 4 files")
				.containsPattern("one generation [\\d,]+ bytes; all kept generations [\\d,]+ bytes")
				.contains("3 clients, 2 rounds")
				.containsPattern("median report/read \\d+\\.\\d\\d \\(rounds \\d+\\.\\d\\d-\\d+\\.\\d\\d\\)");
			assertThat(noRounds.exitCode()).isEqualTo(2);
			assertThat(noRounds.err()).contains("--rounds must be between 1 and 100, not 0");
		}
	}

	private String[] options(TestDatabase platform, TestDatabase store, String... command) {
		String[] fixed = { "--forge.platform.url=" + platform.url(), "--forge.store.url=" + store.url(),
				"--forge.config-dir=" + this.temp.resolve("no-config"), "--forge.output-dir=" + this.temp.resolve("out"),
				"--forge.timezone=UTC" };
		String[] all = new String[command.length + fixed.length];
		System.arraycopy(command, 0, all, 0, command.length);
		System.arraycopy(fixed, 0, all, command.length, fixed.length);
		return all;
	}

}
