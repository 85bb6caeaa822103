package com.sidekickforge.monitor.run;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sidekickforge.monitor.ForgeMonitorApplication;
import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.MutableClock;
import com.sidekickforge.monitor.testsupport.MutableClockConfiguration;
import com.sidekickforge.monitor.testsupport.SourceAndStoreDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A run whose process died stays marked as running in the job repository. Asked for again, the same parameters
 * name that run, even when it was a rerun of a completed one (a new instance carrying a rerun mark): it is refused
 * while it may still be going on, and with {@code --recover} recovered and finished, never left behind. A run whose
 * process is known to be gone is recovered at the next run of any job, and announced.
 */
@SpringBootTest(classes = { ForgeMonitorApplication.class, MutableClockConfiguration.class,
		KilledRunsTests.Announcements.class },
		properties = { "forge.timezone=UTC" })
class KilledRunsTests {

	static final SourceAndStoreDatabases DATABASES = new SourceAndStoreDatabases(SourceDatabase.H2);

	@DynamicPropertySource
	static void databases(DynamicPropertyRegistry registry) {
		DATABASES.register(registry);
	}

	@Autowired
	JobRuns jobs;

	@Autowired
	JobRepository repository;

	@Autowired
	MutableClock clock;

	@Autowired
	Announcements announced;

	/** What the runs told their listeners (the failure notices listen the same way). */
	@TestConfiguration(proxyBeanMethods = false)
	static class Announcements implements RunListener {

		final List<RunOutcome> outcomes = new CopyOnWriteArrayList<>();

		@Override
		public void ended(RunOutcome outcome, Map<String, String> parameters) {
			this.outcomes.add(outcome);
		}

	}

	@Test
	void aRunOfAProcessThatIsGoneIsRecoveredByTheNextRunAndAnnounced() throws Exception {
		this.clock.set(Instant.parse("2026-11-26T10:05:00Z"));
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		RunOwner here = RunOwner.current();
		RunOwner dead = new RunOwner(here.host(), here.namespace(), gone.pid(), gone.info().startInstant()
			.orElse(Instant.EPOCH));
		JobParameters killed = new JobParametersBuilder().addString("at", "2026-11-26T09:00:00Z").toJobParameters();
		JobExecution orphan = this.repository.createJobExecution(this.repository.createJobInstance("health-check", killed),
				killed, new ExecutionContext(Map.of(RunOwner.KEY, dead.toString())));
		orphan.setStatus(BatchStatus.STARTED);
		orphan.setStartTime(LocalDateTime.now());
		this.repository.update(orphan);
		// Another run of this process, marked as running too: alive, never touched.
		JobParameters alive = new JobParametersBuilder().addString("at", "2026-11-26T09:30:00Z").toJobParameters();
		JobExecution going = this.repository.createJobExecution(this.repository.createJobInstance("health-check", alive),
				alive, new ExecutionContext(Map.of(RunOwner.KEY, here.toString())));
		going.setStatus(BatchStatus.STARTED);
		going.setStartTime(LocalDateTime.now());
		this.repository.update(going);

		assertThat(this.jobs.run("health-check", Map.of("at", "2026-11-26T10:00:00Z"), false).completed()).isTrue();

		assertThat(this.repository.getJobExecution(orphan.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(this.repository.getJobExecution(going.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);
		assertThat(this.announced.outcomes).filteredOn((outcome) -> outcome.executionId() == orphan.getId())
			.singleElement()
			.satisfies((outcome) -> assertThat(outcome.failure()).contains("pid " + gone.pid(), "ended without finishing"));
		// Asked for again, the same parameters restart it where it stopped.
		RunOutcome restarted = this.jobs.run("health-check", Map.of("at", "2026-11-26T09:00:00Z"), false);
		assertThat(restarted.restarted()).isTrue();
		assertThat(restarted.completed()).isTrue();
		going.setStatus(BatchStatus.ABANDONED);
		this.repository.update(going);
	}

	@Test
	void aKilledRerunOfACompletedRunIsFoundAndFinishedNotLeftStarted() {
		this.clock.set(Instant.parse("2026-11-25T10:05:00Z"));
		Map<String, String> at = Map.of("at", "2026-11-25T10:00:00Z");
		JdbcClient store = JdbcClient.create(DATABASES.store.dataSource());
		long instances = store.sql("SELECT COUNT(*) FROM monitor.batch_job_instance").query(Long.class).single();
		assertThat(this.jobs.run("health-check", at, false).status()).isEqualTo("COMPLETED");
		// The same again, a rerun of a completed run, killed (kill -9) while it ran: marked STARTED for good.
		JobParameters rerun = new JobParametersBuilder().addString("at", "2026-11-25T10:00:00Z")
			.addString("rerun", UUID.randomUUID().toString())
			.toJobParameters();
		JobInstance instance = this.repository.createJobInstance("health-check", rerun);
		JobExecution killed = this.repository.createJobExecution(instance, rerun, new ExecutionContext());
		killed.setStatus(BatchStatus.STARTED);
		killed.setStartTime(LocalDateTime.now());
		this.repository.update(killed);

		assertThatThrownBy(() -> this.jobs.run("health-check", at, false)).isInstanceOf(JobRunException.class)
			.hasMessageContaining("already running").hasMessageContaining("--recover");
		RunOutcome recovered = this.jobs.run("health-check", at, true);

		assertThat(recovered.status()).isEqualTo("COMPLETED");
		assertThat(recovered.restarted()).isTrue();
		assertThat(store.sql("SELECT job_instance_id FROM monitor.batch_job_execution WHERE job_execution_id = :id")
			.param("id", recovered.executionId()).query(Long.class).single()).as("the killed run's instance, finished")
			.isEqualTo(instance.getInstanceId());
		assertThat(store.sql("SELECT COUNT(*) FROM monitor.batch_job_instance").query(Long.class).single())
			.as("no third run").isEqualTo(instances + 2);
		assertThat(store.sql("SELECT COUNT(*) FROM monitor.batch_job_execution WHERE status IN ('STARTING', 'STARTED')")
			.query(Long.class).single()).as("nothing left running").isZero();
	}

}
