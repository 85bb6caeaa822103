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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.sampledata.GenerationProgress;
import com.sidekickforge.monitor.sampledata.SampleDataGenerator;
import com.sidekickforge.monitor.sampledata.SampleDataSpec;
import com.sidekickforge.monitor.sampledata.TenantPlacement;
import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.BrokerProxy;
import com.sidekickforge.monitor.testsupport.ChildProcess;
import com.sidekickforge.monitor.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Remote partitioning on the machine's RabbitMQ and a PostgreSQL store: two {@code serve} workers and {@code run}
 * managers. A report's slices and a rollup's partitions run on the workers, with the files and rows of a single
 * node; a worker killed with SIGKILL mid-partition has its request delivered to the other, which continues the step
 * execution; a broker that goes away mid-run fails the run, naming the partitions not finished, and the restart runs
 * only those.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemotePartitioningTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	private static final Pattern RUNS_HERE = Pattern.compile("Partition (\\S+) of job execution (\\d+) runs here");

	/** A queue of this test's own, so that nothing else on the broker takes its requests. */
	private final String queue = "forge.partitions.test-" + UUID.randomUUID();

	private TestDatabase platform;

	private Path work;

	private BrokerProxy broker;

	private List<String> singleNodeRows;

	@BeforeAll
	void aGeneratedPlatformDatabaseAndTheBroker() throws IOException {
		assertThat(BrokerProxy.brokerRuns()).as("RabbitMQ on 127.0.0.1:5672 (rabbitmq-server -detached starts it)")
			.isTrue();
		this.platform = TestDatabase.create(SourceDatabase.POSTGRESQL, "partitioned");
		this.work = Files.createTempDirectory("forge-partitioned");
		this.broker = new BrokerProxy();
		SampleDataSpec spec = SampleDataSpec.of(6, 200, TODAY, ZoneId.of("UTC")).withVolumeScale(0.05);
		new SampleDataGenerator(1000, 2).generate(spec, this.platform.dataSource(), TenantPlacement.PLATFORM,
				GenerationProgress.NONE);
		// A minute of calls per sidekick on the day rolled up, which its snapshot difference shows.
		JdbcClient.create(this.platform.dataSource())
			.sql("UPDATE agent_usage SET voice_seconds_used = voice_seconds_used + 60")
			.update();
	}

	@AfterAll
	void dropTheDatabasesAndTheQueue() throws IOException {
		this.broker.close();
		CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1", 5672);
		try {
			new RabbitAdmin(connections).deleteQueue(this.queue);
		}
		finally {
			connections.destroy();
		}
		this.platform.close();
	}

	@Test
	void partitionsRunOnTheWorkersAndAKilledWorkersPartitionIsDeliveredToTheOther() throws Exception {
		Node store = new Node(this.platform.sibling("partitionedstore"), "out");
		Node reference = new Node(this.platform.sibling("partitionedreference"), "out-alone");
		for (Node target : List.of(store, reference)) {
			dayBefore(target);
		}
		Map<String, Process> workers = startWorkers(store, "", false);
		try {
			// A report in two slices, one per worker: the same files as a single node writes in one slice.
			String at = "at=" + TODAY + "T00:10:00Z";
			run(store, "report", true, "run", "report", at, "formats=csv,json", "--forge.partitions.report-slices=2");
			String workerLogs = log("node-a") + log("node-b");
			assertThat(workerLogs).contains("Partition report-write-partition:clients-0000-8000 of job execution")
				.contains("Partition report-write-partition:clients-8000-10000 of job execution");
			run(reference, "report-alone", false, "run", "report", at, "formats=csv,json");
			assertThat(log("report-alone")).doesNotContain("runs here");
			assertThat(csvFiles(this.work.resolve("out/exports"))).hasSizeGreaterThan(100)
				.isEqualTo(csvFiles(this.work.resolve("out-alone/exports")));

			Process rollup = forgeMonitor("rollup", store, true, "run", "daily-rollup", "--date",
					TODAY.minusDays(1).toString(), "--forge.now=" + TODAY + "T00:15:00Z").start();
			JdbcClient repository = JdbcClient.create(store.database().dataSource());
			// The first events partition seen running on a worker: that worker is killed (SIGKILL, as a crash: no
			// shutdown, no acknowledgement, its store transaction rolled back by the database).
			Running running = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5))
				.ignoreExceptions()
				.until(() -> runningOnAWorker(repository), (found) -> found != null);
			workers.get(running.worker()).destroyForcibly().waitFor();
			assertThat(rollup.waitFor()).as(log("rollup")).isZero();
			String other = running.worker().equals("node-a") ? "node-b" : "node-a";
			assertThat(log(other)).contains("Partition " + running.partition() + " of job execution "
					+ running.jobExecution() + " runs here, taken over from its last commit");
			assertThat(log("rollup")).containsPattern("Sending \\d+ partitions of rollup-events");
		}
		finally {
			workers.values().forEach(Process::destroyForcibly);
		}
		assertThat(ChildProcess.dailyUsageRows(JdbcClient.create(store.database().dataSource())))
			.isEqualTo(singleNodeRows());
	}

	@Test
	void aBrokerGoneMidRunFailsTheRunAndTheRestartRunsOnlyTheUnfinishedPartitions() throws Exception {
		Node store = new Node(this.platform.sibling("partitionedbroker"), "out-broker");
		dayBefore(store);
		JdbcClient repository = JdbcClient.create(store.database().dataSource());
		Map<String, Process> workers = startWorkers(store, "broker-", true);
		long dayBefore = latestExecution(repository);
		try {
			Process rollup = forgeMonitor("broken", store, true, "run", "daily-rollup", "--date",
					TODAY.minusDays(1).toString(), "--forge.now=" + TODAY + "T00:15:00Z",
					"--spring.rabbitmq.port=" + this.broker.port()).start();
			// Partitions running on the workers and others still waiting in the queue: the broker goes away. (Waiting
			// for one to complete first raced: the worker that completed it took the last ones before the cut, and
			// with every partition started, all of them complete and nothing is left for the restart.)
			await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(5)).ignoreExceptions()
				.until(() -> latestExecution(repository) > dayBefore
						&& !partitions(repository, "rollup-", "STARTED").isEmpty()
						&& !partitions(repository, "rollup-", "STARTING").isEmpty());
			this.broker.cut();
			assertThat(rollup.waitFor()).as(log("broken")).isNotZero();
			assertThat(log("broken")).containsPattern("went away while rollup-(events|daily-usage) ran")
				.contains("not finished: ")
				.contains("Run the job again once the broker is back");
			String failed = repository.sql("""
					SELECT step_name FROM monitor.batch_step_execution WHERE status = 'FAILED'
					AND step_name NOT LIKE '%-partition:%' AND job_execution_id = (SELECT MAX(job_execution_id)
					FROM monitor.batch_job_execution)""").query(String.class).single();
			String ofFailed = failed + "-partition:";
			// A partition running on a worker when the broker went away still ends in the job repository.
			await().atMost(Duration.ofMinutes(2))
				.until(() -> partitions(repository, ofFailed, "STARTED").isEmpty());
			Set<String> unfinished = partitions(repository, ofFailed, null);
			unfinished.removeAll(partitions(repository, ofFailed, "COMPLETED"));
			assertThat(unfinished).isNotEmpty();
			this.broker.restore();
			// The workers connect again (they try every 5 s).
			await().atMost(Duration.ofMinutes(1)).until(() -> consumers() == 2);

			Process restart = forgeMonitor("restart", store, true, "run", "daily-rollup", "--date",
					TODAY.minusDays(1).toString(), "--forge.now=" + TODAY + "T00:15:00Z").start();
			assertThat(restart.waitFor()).as(log("restart")).isZero();
			assertThat(log("restart")).contains("Sending " + unfinished.size() + " partition");
			assertThat(partitions(repository, ofFailed, null)).as("the restart runs only what had not completed")
				.isEqualTo(unfinished);
		}
		finally {
			workers.values().forEach(Process::destroyForcibly);
		}
		assertThat(ChildProcess.dailyUsageRows(repository)).isEqualTo(singleNodeRows());
	}

	/**
	 * The daily usage of the same two days rolled up on one node, on a store of its own (made once for both tests).
	 */
	private List<String> singleNodeRows() throws Exception {
		if (this.singleNodeRows == null) {
			Node alone = new Node(this.platform.sibling("partitionedalone"), "out-rollup-alone");
			dayBefore(alone);
			run(alone, "rollup-alone", false, "run", "daily-rollup", "--date", TODAY.minusDays(1).toString(),
					"--forge.now=" + TODAY + "T00:15:00Z");
			this.singleNodeRows = ChildProcess.dailyUsageRows(JdbcClient.create(alone.database().dataSource()));
			assertThat(this.singleNodeRows).hasSizeGreaterThan(500);
		}
		return this.singleNodeRows;
	}

	/** A store and where its runs write. */
	private record Node(TestDatabase database, String out) {
	}

	/** A partition running on a worker, as the job repository and the worker's log say. */
	private record Running(String partition, long jobExecution, String worker) {
	}

	/** The day before, on one node, so that the day itself has two snapshots to derive daily usage from. */
	private void dayBefore(Node target) throws Exception {
		run(target, "day-before-" + target.out(), false, "run", "daily-rollup", "--date",
				TODAY.minusDays(2).toString(), "--forge.now=" + TODAY.minusDays(1) + "T00:15:00Z");
	}

	private Map<String, Process> startWorkers(Node store, String prefix, boolean throughProxy) throws IOException {
		Map<String, Process> workers = new LinkedHashMap<>();
		for (String worker : List.of(prefix + "node-a", prefix + "node-b")) {
			List<String> args = new ArrayList<>(List.of("serve", "--node", worker, "--server.port=0"));
			if (throughProxy) {
				args.add("--spring.rabbitmq.port=" + this.broker.port());
			}
			workers.put(worker, forgeMonitor(worker, store, true, args.toArray(String[]::new)).start());
		}
		for (String worker : workers.keySet()) {
			await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
				.until(() -> Files.exists(logFile(worker)) && log(worker).contains("Taking partitions"));
		}
		return workers;
	}

	private Running runningOnAWorker(JdbcClient repository) throws IOException {
		List<String> started = repository.sql("""
				SELECT s.step_name || ' ' || s.job_execution_id FROM monitor.batch_step_execution s
				JOIN monitor.batch_job_execution j ON j.job_execution_id = s.job_execution_id
				WHERE j.status = 'STARTED' AND s.status = 'STARTED' AND s.step_name LIKE 'rollup-events-partition:%'
				""").query(String.class).list();
		for (String worker : List.of("node-a", "node-b")) {
			Matcher matcher = RUNS_HERE.matcher(log(worker));
			while (matcher.find()) {
				if (started.contains(matcher.group(1) + " " + matcher.group(2))) {
					return new Running(matcher.group(1), Long.parseLong(matcher.group(2)), worker);
				}
			}
		}
		return null;
	}

	/** The partitions of the latest run whose names begin so, in one status (or all). */
	private static Set<String> partitions(JdbcClient repository, String prefix, String status) {
		return new TreeSet<>(repository.sql("""
				SELECT step_name FROM monitor.batch_step_execution WHERE step_name LIKE :prefix
				AND step_name LIKE '%-partition:%' AND (status = :status OR CAST(:status AS varchar) IS NULL)
				AND job_execution_id = (SELECT MAX(job_execution_id) FROM monitor.batch_job_execution)
				""").param("prefix", prefix + "%").param("status", status).query(String.class).list());
	}

	private static long latestExecution(JdbcClient repository) {
		return repository.sql("SELECT MAX(job_execution_id) FROM monitor.batch_job_execution")
			.query(Long.class)
			.single();
	}

	/** Workers consuming this test's queue now. */
	private int consumers() {
		CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1", 5672);
		try {
			var queue = new RabbitAdmin(connections).getQueueInfo(this.queue);
			return (queue != null) ? queue.getConsumerCount() : 0;
		}
		finally {
			connections.destroy();
		}
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

	private void run(Node target, String name, boolean remote, String... args) throws Exception {
		Process process = forgeMonitor(name, target, remote, args).start();
		assertThat(process.waitFor()).as(log(name)).isZero();
	}

	private ProcessBuilder forgeMonitor(String name, Node target, boolean remote, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--forge.platform.url=" + this.platform.url());
		all.add("--forge.store.url=" + target.database().url());
		all.add("--forge.config-dir=" + this.work.resolve("config"));
		all.add("--forge.jobs-dir=" + this.work.resolve("jobs"));
		all.add("--forge.output-dir=" + this.work.resolve(target.out()));
		all.add("--forge.rollup.clients-per-chunk=1");
		all.add("--forge.partitions.remote=" + remote);
		all.add("--forge.partitions.queue=" + this.queue);
		all.add("--forge.partitions.threads=1");
		all.add("--forge.partitions.poll=PT0.2S");
		return ChildProcess.forgeMonitor(logFile(name), all);
	}

	private Path logFile(String name) {
		return this.work.resolve(name + ".log");
	}

	private String log(String name) throws IOException {
		return Files.readString(logFile(name));
	}

}
