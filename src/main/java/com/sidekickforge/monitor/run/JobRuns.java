package com.sidekickforge.monitor.run;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.JobDeclaration;
import com.sidekickforge.monitor.config.ParameterRule;

/**
 * Runs a job by name with parameters, after recovering the runs of dead processes ({@link DeadRuns}). The same
 * parameters name the same run: when that run failed (or its process died) it is restarted where it stopped; when it
 * completed it is run again (the jobs are idempotent); when it is still running it is refused, unless the caller
 * says its process died ({@code --recover}).
 */
@Service
public class JobRuns {

	/** The parameter that makes a rerun of a completed run an instance of its own. */
	static final String RERUN = "rerun";

	/** Parameters the scheduler adds to every run it launches: which schedule, and the fire time it was for. */
	public static final Set<String> SCHEDULED = Set.of("schedule", "fired");

	private final JobOperator operator;

	private final JobRepository repository;

	private final List<Job> jobs;

	private final Clock clock;

	private final ZoneId zone;

	private final List<RunListener> listeners;

	private final DeadRuns dead;

	JobRuns(JobOperator operator, JobRepository repository, List<Job> jobs, Clock clock, ForgeProperties properties,
			List<RunListener> listeners, DeadRuns dead) {
		this.listeners = listeners;
		this.dead = dead;
		this.operator = operator;
		this.repository = repository;
		this.jobs = jobs;
		this.clock = clock;
		this.zone = properties.timezone();
	}

	/** Whether the job takes a {@code client} parameter (runs for one client only when given). */
	public boolean takesClient(String jobName) {
		return rules(job(jobName)).takes("client");
	}

	/** The job's own declaration of its parameters (a job that declares none takes none). */
	private static JobParameterRules rules(Job job) {
		return (job.getJobParametersValidator() instanceof JobParameterRules rules) ? rules
				: JobParameterRules.of(new JobDeclaration(job.getName(), List.of()));
	}

	/**
	 * Checks a run's job and parameters before it is started (by someone who will not wait for it).
	 *
	 * @throws JobRunException naming the unknown job or parameter, or the day that is not one
	 */
	public void validate(String jobName, Map<String, String> parameters) {
		JobParameterRules rules = rules(job(jobName));
		rules.check(jobName, parameters);
		parameters(rules.declaration(), parameters);
	}

	private Job job(String jobName) {
		return this.jobs.stream()
			.filter((j) -> j.getName().equals(jobName))
			.findFirst()
			.orElseThrow(() -> new JobRunException(
					"unknown job '" + jobName + "' (expected one of " + String.join(", ", jobNames()) + ")"));
	}

	/** Every job's own declaration of its parameters, by the job's name. */
	public List<JobDeclaration> declarations() {
		return this.jobs.stream()
			.map((job) -> rules(job).declaration())
			.sorted(Comparator.comparing(JobDeclaration::job))
			.toList();
	}

	public Set<String> jobNames() {
		Set<String> names = new TreeSet<>();
		this.jobs.forEach((job) -> names.add(job.getName()));
		return names;
	}

	/**
	 * @param recover treat a run that seems to be going on as dead (its process was killed)
	 */
	public RunOutcome run(String jobName, Map<String, String> parameters, boolean recover) {
		Job job = job(jobName);
		validate(jobName, parameters);
		// Runs of dead processes first: one of them may be the run these parameters name, to be restarted.
		this.dead.recover();
		Map<String, String> values = new TreeMap<>(parameters);
		if (rules(job).takes("date")) {
			// Always explicit, so that one day's run is one job instance, restartable as such.
			values.putIfAbsent("date", LocalDate.now(this.clock.withZone(this.zone)).minusDays(1).toString());
		}
		JobParameters identity = parameters(rules(job).declaration(), values);
		long started = System.nanoTime();
		try {
			JobExecution last = this.repository.getLastJobExecution(jobName, identity);
			if (last != null && (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED)) {
				// A rerun of a completed run is a new instance (its parameters carry a rerun mark): one that did not
				// finish (going on, or killed) is the run these parameters name now.
				last = unfinishedRerun(jobName, identity).orElse(last);
			}
			JobExecution execution;
			boolean restarted = false;
			if (last == null) {
				execution = this.operator.start(job, identity);
			}
			else if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
				execution = this.operator.start(job, new JobParametersBuilder(identity)
					.addString(RERUN, UUID.randomUUID().toString())
					.toJobParameters());
			}
			else {
				if (last.getStatus().isRunning()) {
					// Still running after DeadRuns looked: its process is alive, or another machine's and not yet silent
					// for long. Only a person who knows it died takes it over.
					if (!recover) {
						throw new JobRunException(jobName + " " + identity + " is already running (execution "
								+ last.getId() + ", last update " + DeadRuns.lastMoved(last)
								+ "); if its process died, run with --recover");
					}
					last = this.operator.recover(last);
				}
				else {
					last = partitionsEnded(jobName, identity, last, recover);
				}
				execution = this.operator.restart(last);
				restarted = true;
			}
			RunOutcome outcome = RunOutcome.of(execution, restarted, Duration.ofNanos(System.nanoTime() - started));
			for (RunListener listener : this.listeners) {
				try {
					listener.ended(outcome, values);
				}
				catch (RuntimeException ex) {
					// a notice that cannot be recorded must not change what the run itself did
					LoggerFactory.getLogger(JobRuns.class).error("After {}: {}", jobName, ex.getMessage(), ex);
				}
			}
			return outcome;
		}
		catch (JobRunException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot run " + jobName + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A failed run whose partitions all ended, as Spring Batch requires before a restart. A partition may still run
	 * on a worker after its manager failed (the broker went away): the restart waits for it rather than run it a
	 * second time beside it; a person who knows its worker died recovers it.
	 */
	private JobExecution partitionsEnded(String jobName, JobParameters identity, JobExecution last, boolean recover) {
		List<String> running = last.getStepExecutions()
			.stream()
			.filter((step) -> step.getStatus().isRunning())
			.map((step) -> step.getStepName() + " (" + step.getStatus() + ", last update " + step.getLastUpdated()
					+ ")")
			.sorted()
			.toList();
		if (running.isEmpty()) {
			return last;
		}
		if (!recover) {
			throw new JobRunException(jobName + " " + identity + " failed, but its execution " + last.getId()
					+ " still has partitions running on a worker: " + String.join(", ", running)
					+ "; run again once they have ended, or with --recover if their worker died");
		}
		return this.operator.recover(last);
	}

	/**
	 * The newest rerun of these parameters when it did not finish: still marked as running, or failed (its process was
	 * killed and it was recovered). Asked for again, the same parameters finish that rerun rather than start another
	 * beside it. Reruns are looked for among the job's latest {@code 100} instances.
	 */
	private Optional<JobExecution> unfinishedRerun(String jobName, JobParameters identity) {
		for (var instance : this.repository.getJobInstances(jobName, 0, 100)) {
			JobExecution last = this.repository.getLastJobExecution(instance);
			if (last == null || last.getJobParameters().getString(RERUN) == null
					|| !withoutRerunMark(last.getJobParameters()).equals(identity)) {
				continue;
			}
			boolean finished = last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED;
			return finished ? Optional.empty() : Optional.of(last);
		}
		return Optional.empty();
	}

	private static JobParameters withoutRerunMark(JobParameters parameters) {
		JobParametersBuilder builder = new JobParametersBuilder();
		for (var parameter : parameters) {
			if (!RERUN.equals(parameter.name())) {
				builder.addJobParameter(parameter);
			}
		}
		return builder.toJobParameters();
	}

	/** The run's parameters, typed as the job declares them: its days as dates, the rest as text. */
	private static JobParameters parameters(JobDeclaration declaration, Map<String, String> values) {
		JobParametersBuilder builder = new JobParametersBuilder();
		values.forEach((name, value) -> {
			boolean day = declaration.parameter(name).map((p) -> p.rule().kind() == ParameterRule.Kind.DAY).orElse(false);
			if (day) {
				try {
					builder.addLocalDate(name, LocalDate.parse(value));
				}
				catch (DateTimeParseException ex) {
					throw new JobRunException(name + ": '" + value + "' is not a day (expected YYYY-MM-DD)");
				}
			}
			else {
				builder.addString(name, value);
			}
		});
		return builder.toJobParameters();
	}

}
