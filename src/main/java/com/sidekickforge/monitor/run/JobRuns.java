package com.sidekickforge.monitor.run;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.TreeSet;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Service;

import com.sidekickforge.monitor.config.ForgeProperties;

/**
 * Runs a job by name with parameters. The same parameters name the same run: when that run failed it
 * is restarted where it stopped; when it completed it is run again (the jobs are idempotent); when it
 * seems to be running but has not moved for {@code staleAfter} (its process died) it is recovered and
 * restarted.
 */
@Service
public class JobRuns {

	/** Parameters holding days (YYYY-MM-DD). */
	private static final Set<String> DATES = Set.of("date", "from", "to");

	private static final Duration STALE_AFTER = Duration.ofMinutes(10);

	/** Parameters the scheduler adds to every run it launches: which schedule, and the fire time it was for. */
	public static final Set<String> SCHEDULED = Set.of("schedule", "fired");

	private final JobOperator operator;

	private final JobRepository repository;

	private final List<Job> jobs;

	private final Clock clock;

	private final ZoneId zone;

	private final List<RunListener> listeners;

	JobRuns(JobOperator operator, JobRepository repository, List<Job> jobs, Clock clock, ForgeProperties properties,
			List<RunListener> listeners) {
		this.listeners = listeners;
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
				: JobParameterRules.of(Map.of());
	}

	/**
	 * Checks a run's job and parameters before it is started (by someone who will not wait for it).
	 *
	 * @throws JobRunException naming the unknown job or parameter, or the day that is not one
	 */
	public void validate(String jobName, Map<String, String> parameters) {
		rules(job(jobName)).check(jobName, parameters);
		parameters(parameters);
	}

	private Job job(String jobName) {
		return this.jobs.stream()
			.filter((j) -> j.getName().equals(jobName))
			.findFirst()
			.orElseThrow(() -> new JobRunException(
					"unknown job '" + jobName + "' (expected one of " + String.join(", ", jobNames()) + ")"));
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
		Map<String, String> values = new TreeMap<>(parameters);
		if (rules(job).takes("date")) {
			// Always explicit, so that one day's run is one job instance, restartable as such.
			values.putIfAbsent("date", LocalDate.now(this.clock.withZone(this.zone)).minusDays(1).toString());
		}
		JobParameters identity = parameters(values);
		long started = System.nanoTime();
		try {
			JobExecution last = this.repository.getLastJobExecution(jobName, identity);
			if (last != null && (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED)) {
				// A rerun of a completed run is a new instance (its parameters carry a rerun mark): one still marked as
				// running (its process may have died) is the run these parameters name now.
				last = rerunGoingOn(jobName, identity).orElse(last);
			}
			JobExecution execution;
			boolean restarted = false;
			if (last == null) {
				execution = this.operator.start(job, identity);
			}
			else if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
				execution = this.operator.start(job, new JobParametersBuilder(identity)
					.addString("rerun", UUID.randomUUID().toString())
					.toJobParameters());
			}
			else {
				if (last.getStatus().isRunning()) {
					LocalDateTime updated = (last.getLastUpdated() != null) ? last.getLastUpdated() : last.getCreateTime();
					boolean stale = updated.isBefore(LocalDateTime.now(this.clock).minus(STALE_AFTER));
					if (!recover && !stale) {
						throw new JobRunException(jobName + " " + identity + " is already running (execution "
								+ last.getId() + ", last update " + updated + "); if its process died, run with --recover");
					}
					last = this.operator.recover(last);
				}
				execution = this.operator.restart(last);
				restarted = true;
			}
			RunOutcome outcome = outcome(execution, restarted, Duration.ofNanos(System.nanoTime() - started));
			for (RunListener listener : this.listeners) {
				try {
					listener.ended(outcome, values);
				}
				catch (RuntimeException ex) {
					// a notice that cannot be recorded must not change what the run itself did
					org.slf4j.LoggerFactory.getLogger(JobRuns.class).error("After {}: {}", jobName, ex.getMessage(), ex);
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

	/** A running execution of the job whose parameters, but for the rerun mark, are these. */
	private java.util.Optional<JobExecution> rerunGoingOn(String jobName, JobParameters identity) {
		return this.repository.findRunningJobExecutions(jobName)
			.stream()
			.filter((running) -> running.getJobParameters().getString("rerun") != null)
			.filter((running) -> withoutRerunMark(running.getJobParameters()).equals(identity))
			.findFirst();
	}

	private static JobParameters withoutRerunMark(JobParameters parameters) {
		JobParametersBuilder builder = new JobParametersBuilder();
		for (var parameter : parameters) {
			if (!"rerun".equals(parameter.name())) {
				builder.addJobParameter(parameter);
			}
		}
		return builder.toJobParameters();
	}

	private static RunOutcome outcome(JobExecution execution, boolean restarted, Duration duration) {
		List<String> steps = new ArrayList<>();
		// Partitions (named "<worker step>:<partition>") are added up in their manager step's line.
		List<StepExecution> managed = execution.getStepExecutions()
			.stream()
			.filter((step) -> !step.getStepName().contains(":"))
			.toList();
		for (StepExecution step : managed) {
			Duration took = (step.getStartTime() != null && step.getEndTime() != null)
					? Duration.between(step.getStartTime(), step.getEndTime()) : Duration.ZERO;
			steps.add(String.format(Locale.ROOT, "%-20s %-9s read %,d, written %,d, %.1f s", step.getStepName(),
					step.getStatus(), step.getReadCount(), step.getWriteCount(), took.toMillis() / 1000.0));
		}
		String failure = null;
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			// The cause a person can act on, not the wrappers around it ("Unable to process chunk").
			failure = execution.getAllFailureExceptions()
				.stream()
				.map(NestedExceptionUtils::getMostSpecificCause)
				.map((ex) -> (ex.getMessage() != null) ? ex.getMessage() : ex.toString())
				.distinct()
				.reduce((a, b) -> a + "; " + b)
				.orElse(execution.getExitStatus().getExitDescription());
		}
		return new RunOutcome(execution.getJobInstance().getJobName(), execution.getId(), execution.getStatus().name(),
				restarted, duration, failure, steps, managed.stream().mapToLong(StepExecution::getReadCount).sum(),
				managed.stream().mapToLong(StepExecution::getWriteCount).sum());
	}

	private static JobParameters parameters(Map<String, String> values) {
		JobParametersBuilder builder = new JobParametersBuilder();
		values.forEach((name, value) -> {
			if (DATES.contains(name)) {
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
