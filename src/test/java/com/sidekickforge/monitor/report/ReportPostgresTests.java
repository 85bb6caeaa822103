package com.sidekickforge.monitor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.ChildProcess;
import com.sidekickforge.monitor.testsupport.CommandLine;
import com.sidekickforge.monitor.testsupport.CommandLine.Run;
import com.sidekickforge.monitor.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The report job against PostgreSQL (platform and store), as in production: generated data, the rollup, then
 * every format for all clients and each, read back; earlier publications kept as generations; a rerun killed with
 * SIGKILL while it writes, then asked for again, finished with nothing left behind; gzip copies beside the text files
 * when asked for, shared with the earlier generation like the files.
 */
class ReportPostgresTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theReportJobWritesEveryFormatFromPostgresql() throws Exception {
		try (TestDatabase platform = TestDatabase.create(SourceDatabase.POSTGRESQL, "reports_platform")) {
			TestDatabase store = platform.sibling("reports_store");
			Path out = Files.createTempDirectory("forge-reports-pg");
			Run generate = CommandLine.run("generate", "--url", platform.url(), "--clients", "4", "--transcript-rows",
					"20000", "--as-of", "2026-11-25");
			assertThat(generate.exitCode()).as(generate.err()).isZero();

			Run rollup = run(out, platform, store, "run", "daily-rollup", "--date", "2026-11-25");
			Run report = run(out, platform, store, "run", "report", "at=2026-11-25T23:59:00Z");

			assertThat(rollup.exitCode()).as(rollup.out() + rollup.err()).isZero();
			assertThat(report.exitCode()).as(report.out() + report.err()).isZero();
			JsonNode admin = JSON.readTree(out.resolve("exports/monitoring-current.json").toFile());
			assertThat(admin.get("clients")).hasSize(4);
			long perClient = 0;
			List<String> slugs = new ArrayList<>();
			for (JsonNode client : admin.get("clients")) {
				String slug = client.get("slug").asString();
				slugs.add(slug);
				JsonNode own = JSON.readTree(out.resolve("exports/clients/" + slug + "/monitoring-current.json").toFile());
				perClient += own.get("total_conversations").asLong();
				assertThat(out.resolve("site/clients/" + slug + "/index.html")).isRegularFile();
				try (var pdf = Loader.loadPDF(out.resolve("exports/clients/" + slug + "/summary-current.pdf").toFile())) {
					assertThat(pdf.getNumberOfPages()).isPositive();
				}
			}
			assertThat(admin.get("total_conversations").asLong()).isEqualTo(perClient).isPositive();
			assertThat(admin.get("daily_usage")).hasSize(25);
			assertThat(admin.get("activity")).isNotEmpty();
			assertThat(admin.get("health").get("error_rate").get("actions").asLong()).isPositive();
			JsonNode history = JSON.readTree(out.resolve("exports/conversations-current.json").toFile());
			assertThat(history.get("total_conversations").asLong()).isEqualTo(perClient);
			assertThat(Files.readString(out.resolve("site/index.html"))).contains("Usage trends", "System health");

			// Three more publications keeping two earlier ones: the current one in place, two in history.
			for (int run = 0; run < 3; run++) {
				Run again = run(out, platform, store, "run", "report", "at=2026-11-25T23:59:0" + run + "Z",
						"--forge.publish.keep=2", "--forge.publish.precompress=true");
				assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
			}
			try (var published = Files.list(out.resolve("generations"))) {
				List<Path> kept = published.toList();
				assertThat(kept).as("the current one and two before it").hasSize(3).allSatisfy((publication) -> {
					assertThat(publication.resolve("exports/monitoring-current.json")).isRegularFile();
					assertThat(publication.resolve("site/index.html")).isRegularFile();
				});
			}
			assertThat(out.resolve("site/index.html")).isRegularFile();
			assertNothingLeftBehind(out, store);

			// A rerun of a completed publication, killed (SIGKILL) while it writes: marked as running by a dead process.
			JdbcClient jobs = JdbcClient.create(store.dataSource());
			long instances = count(jobs, "SELECT COUNT(*) FROM monitor.batch_job_instance");
			Path current = Files.readSymbolicLink(out.resolve("current"));
			String[] rerun = { "run", "report", "at=2026-11-25T23:59:02Z", "--forge.reports.threads=1",
					"--forge.publish.precompress=true" };
			Process doomed = ChildProcess.forgeMonitor(out.resolve("killed.log"), arguments(out, platform, store, rerun))
				.start();
			await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5))
				.until(() -> !doomed.isAlive() || writingAside(out));
			doomed.destroyForcibly();
			doomed.waitFor();
			assertThat(count(jobs, "SELECT COUNT(*) FROM monitor.batch_job_execution WHERE status = 'STARTED'"))
				.as("killed while writing: " + Files.readString(out.resolve("killed.log")))
				.isEqualTo(1);
			assertThat(Files.readSymbolicLink(out.resolve("current"))).as("the published reports untouched")
				.isEqualTo(current);

			// Asked for again (no --recover needed: its process is gone), the killed rerun is finished, not left.
			Run again = run(out, platform, store, rerun);
			assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
			assertThat(count(jobs, "SELECT COUNT(*) FROM monitor.batch_job_instance")).as("the killed rerun, no other")
				.isEqualTo(instances + 1);
			assertThat(jobs.sql("SELECT status FROM monitor.batch_job_execution ORDER BY job_execution_id DESC")
				.query(String.class).list()).startsWith("COMPLETED", "FAILED");
			assertThat(Files.readSymbolicLink(out.resolve("current"))).isNotEqualTo(current);
			assertNothingLeftBehind(out, store);

			// The same moment published again: each client's files are the previous generation's, not copies of them
			// (the report of all clients lists the job runs, which the killed one added to).
			Path previous = out.resolve(current);
			for (String slug : slugs) {
				for (String file : List.of("exports/clients/" + slug + "/monitoring-current.json",
						"exports/clients/" + slug + "/summary-current.pdf", "exports/clients/" + slug + "/usage-current.csv",
						"exports/clients/" + slug + "/activity.json", "exports/clients/" + slug + "/conversations-current.json",
						"site/clients/" + slug + "/index.html",
						"site/clients/" + slug + "/data.json")) {
					assertThat(Files.isSameFile(out.resolve(file), previous.resolve(file))).as(file).isTrue();
					// Its gzip copy for a web server too, except the PDF's (compressed already).
					Path copy = out.resolve(file + ".gz");
					if (file.endsWith(".pdf")) {
						assertThat(copy).doesNotExist();
					}
					else {
						assertThat(Files.isSameFile(copy, previous.resolve(file + ".gz"))).as(copy.toString()).isTrue();
						try (var gzip = new GZIPInputStream(Files.newInputStream(copy))) {
							assertThat(gzip.readAllBytes()).isEqualTo(Files.readAllBytes(out.resolve(file)));
						}
					}
				}
				assertThat(Files.isSameFile(out.resolve("site/clients/" + slug + "/data.json"),
						out.resolve("exports/clients/" + slug + "/monitoring-current.json"))).isTrue();
				// One file under two names, one gzip copy under two names: compressed once.
				assertThat(Files.isSameFile(out.resolve("site/clients/" + slug + "/data.json.gz"),
						out.resolve("exports/clients/" + slug + "/monitoring-current.json.gz"))).isTrue();
			}
		}
	}

	/** No run marked as running, nothing written aside left beside the published files. */
	private static void assertNothingLeftBehind(Path out, TestDatabase store) throws IOException {
		assertThat(count(JdbcClient.create(store.dataSource()),
				"SELECT COUNT(*) FROM monitor.batch_job_execution WHERE status IN ('STARTING', 'STARTED')")).isZero();
		try (var leftovers = Files.list(out)) {
			assertThat(leftovers.map((p) -> p.getFileName().toString())).noneMatch((name) -> name.startsWith("."));
		}
	}

	private static boolean writingAside(Path out) throws IOException {
		try (var entries = Files.list(out)) {
			return entries.anyMatch((entry) -> entry.getFileName().toString().startsWith(".exports-")
					|| entry.getFileName().toString().startsWith(".site-"));
		}
	}

	private static long count(JdbcClient store, String sql) {
		return store.sql(sql).query(Long.class).single();
	}

	private static Run run(Path out, TestDatabase platform, TestDatabase store, String... args) {
		return CommandLine.run(arguments(out, platform, store, args).toArray(String[]::new));
	}

	private static List<String> arguments(Path out, TestDatabase platform, TestDatabase store, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--forge.platform.url=" + platform.url());
		all.add("--forge.store.url=" + store.url());
		all.add("--forge.config-dir=" + out.resolve("config"));
		all.add("--forge.output-dir=" + out);
		all.add("--forge.timezone=UTC");
		return all;
	}

}
