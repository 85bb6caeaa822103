package com.sidekickforge.monitor.partition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * Two {@code serve} nodes and {@code run} commands on one PostgreSQL store: a report run's slices of clients and a
 * rollup's partitions are assigned to all three, each node runs its own, and the report's files are those of a
 * single node; one node is killed (SIGKILL) in the middle of a partition, another takes it
 * over when its lease runs out, and the run ends with the rows of a run on a single node.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartitionedJobsTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	private TestDatabase platform;

	private TestDatabase store;

	private TestDatabase reference;

	private Path work;

	@BeforeAll
	void aGeneratedPlatformDatabase() throws IOException {
		this.platform = TestDatabase.create(SourceDatabase.POSTGRESQL, "partitioned");
		this.store = this.platform.sibling("partitionedstore");
		this.reference = this.platform.sibling("partitionedreference");
		this.work = Files.createTempDirectory("forge-partitioned");
		SampleDataSpec spec = SampleDataSpec.of(6, 200, TODAY, ZoneId.of("UTC"))
			.withVolumeScale(0.05);
		new SampleDataGenerator(1000, 2).generate(spec, this.platform.dataSource(), TenantPlacement.PLATFORM,
				GenerationProgress.NONE);
	}

	@AfterAll
	void dropTheDatabases() {
		this.platform.close();
	}

	@Test
	void reportAndRollupPartitionsSpreadOverTheNodesAndAKilledNodesPartitionIsTakenOver() throws Exception {
		// The day before, on the store of the nodes and on a reference store, so that the day itself has two
		// snapshots to derive daily usage from, client by client.
		for (TestDatabase target : List.of(this.store, this.reference)) {
			Process dayBefore = forgeMonitor("day-before", target, "out", "run", "daily-rollup", "--date",
					TODAY.minusDays(2).toString(), "--forge.now=" + TODAY.minusDays(1) + "T00:15:00Z").start();
			assertThat(dayBefore.waitFor()).as(Files.readString(this.work.resolve("day-before.log"))).isZero();
		}
		JdbcClient.create(this.platform.dataSource())
			.sql("UPDATE agent_usage SET voice_seconds_used = voice_seconds_used + 60")
			.update();
		JdbcClient store = JdbcClient.create(this.store.dataSource());
		Map<String, Process> nodes = new LinkedHashMap<>();
		for (String node : List.of("node-a", "node-b")) {
			nodes.put(node, forgeMonitor(node, "serve", "--node", node, "--server.port=0").start());
		}
		for (String node : nodes.keySet()) {
			Path log = this.work.resolve(node + ".log");
			await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
				.until(() -> Files.exists(log) && Files.readString(log).contains("Serving 0 schedules"));
		}
		// A report run first, with every node up: one slice of clients per node, the same files as a single node writes.
		String at = "at=" + TODAY + "T00:10:00Z";
		Process report = forgeMonitor("report", "run", "report", at, "formats=csv,json").start();
		assertThat(report.waitFor()).as(Files.readString(this.work.resolve("report.log"))).isZero();
		for (String node : List.of("node-a", "node-b", "report")) {
			assertThat(Files.readString(this.work.resolve(node + ".log"))).as(node)
				.contains("runs partition report-write-partition:clients-");
		}
		Process reportAlone = forgeMonitor("report-alone", this.reference, "out-alone", "run", "report", at,
				"formats=csv,json").start();
		assertThat(reportAlone.waitFor()).as(Files.readString(this.work.resolve("report-alone.log"))).isZero();
		assertThat(Files.readString(this.work.resolve("report-alone.log"))).contains("clients-0000-10000");
		Map<String, String> spreadReport = csvFiles(this.work.resolve("out/exports"));
		assertThat(spreadReport).hasSizeGreaterThan(100).isEqualTo(csvFiles(this.work.resolve("out-alone/exports")));

		Process run = forgeMonitor("run", "run", "daily-rollup", "--date", TODAY.minusDays(1).toString(),
				"--forge.now=" + TODAY + "T00:15:00Z").start();
		String killed;
		try {
			// The second events partition (a transcript scan) goes to the first serve node: kill that node while the
			// partition runs there.
			killed = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5)).ignoreExceptions()
				.until(() -> store.sql("SELECT w.claimed_by FROM monitor.partition_work w JOIN monitor.batch_step_execution s "
						+ "ON s.step_execution_id = w.step_execution_id WHERE w.status = 'CLAIMED' AND s.status = 'STARTED' "
						+ "AND w.partition_name = 'rollup-events-partition:units-1' AND w.claimed_by LIKE 'node-%'")
					.query(String.class)
					.optional()
					.orElse(null), (node) -> node != null);
			// SIGKILL, as a crash: no shutdown, no lease given back. (A node merely frozen would keep its store
			// transaction, and its row locks, open until the database drops the connection.)
			nodes.get(killed).destroyForcibly();
			nodes.get(killed).waitFor();
			assertThat(run.waitFor()).as(Files.readString(this.work.resolve("run.log"))).isZero();
		}
		finally {
			nodes.values().forEach(Process::destroyForcibly);
			run.destroyForcibly();
		}
		String other = killed.equals("node-a") ? "node-b" : "node-a";
		assertThat(Files.readString(this.work.resolve(other + ".log"))).contains("Node " + other + " runs partition");
		String runLog = Files.readString(this.work.resolve("run.log"));
		assertThat(runLog).contains("runs partition");
		assertThat(runLog + Files.readString(this.work.resolve(other + ".log")))
			.containsPattern("rollup-events-partition:units-1 of rollup-events \\(execution \\d+\\), taken over from "
					+ killed)
			.contains("runs partition rollup-daily-usage-partition:clients-");
		String ofTheRun = " AND job_execution_id = (SELECT MAX(job_execution_id) FROM monitor.partition_work)";
		assertThat(store.sql("SELECT claimed_by FROM monitor.partition_work WHERE partition_name = "
				+ "'rollup-events-partition:units-1'" + ofTheRun).query(String.class).single())
			.as("taken over from the killed node").isNotEqualTo(killed);
		assertThat(store.sql("SELECT COUNT(*) FROM monitor.partition_work WHERE status <> 'DONE'").query(Long.class)
			.single()).isZero();
		assertThat(store.sql("SELECT DISTINCT claimed_by FROM monitor.partition_work WHERE status = 'DONE'" + ofTheRun)
			.query(String.class)
			.list()).as("partitions ran on every node still up").contains(other).anyMatch((n) -> n.startsWith("run-"));

		// The same day on a single node, on the reference store.
		Process alone = forgeMonitor("alone", this.reference, "out-alone", "run", "daily-rollup", "--date",
				TODAY.minusDays(1).toString(), "--forge.now=" + TODAY + "T00:15:00Z").start();
		assertThat(alone.waitFor()).as(Files.readString(this.work.resolve("alone.log"))).isZero();
		List<String> spread = ChildProcess.dailyUsageRows(store);
		List<String> single = ChildProcess.dailyUsageRows(JdbcClient.create(this.reference.dataSource()));
		assertThat(single).hasSizeGreaterThan(500).isEqualTo(spread);
	}

	/** Every file's path under the directory, with the content of the CSV ones (the JSON ones name the runs). */
	private static Map<String, String> csvFiles(Path directory) throws IOException {
		Map<String, String> files = new TreeMap<>();
		Path published = directory.toRealPath(); // exports/ links into the current generation
		try (var tree = Files.walk(published)) {
			for (Path file : tree.filter(Files::isRegularFile).toList()) {
				files.put(published.relativize(file).toString(),
						file.toString().endsWith(".csv") ? Files.readString(file) : "");
			}
		}
		return files;
	}

	private ProcessBuilder forgeMonitor(String name, String... args) {
		return forgeMonitor(name, this.store, "out", args);
	}

	private ProcessBuilder forgeMonitor(String name, TestDatabase target, String out, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--forge.platform.url=" + this.platform.url());
		all.add("--forge.store.url=" + target.url());
		all.add("--forge.config-dir=" + this.work.resolve("config"));
		all.add("--forge.jobs-dir=" + this.work.resolve("jobs"));
		all.add("--forge.output-dir=" + this.work.resolve(out));
		all.add("--forge.rollup.clients-per-chunk=1");
		// A killed node's partition is taken over 3 s after its last lease renewal.
		all.add("--forge.partitions.lease=PT3S");
		all.add("--forge.partitions.poll=PT0.2S");
		return ChildProcess.forgeMonitor(this.work.resolve(name + ".log"), all);
	}

}
