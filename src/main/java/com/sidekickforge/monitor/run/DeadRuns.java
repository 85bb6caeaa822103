package com.sidekickforge.monitor.run;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;

/**
 * Finds the runs that the job repository says are going on but whose process is gone (killed, its machine
 * restarted), and recovers them: marked FAILED, so that the same parameters restart them where they stopped, and
 * announced like any failed run, with the command that restarts it. Without this a killed run stays STARTED for good.
 * <p>
 * A run's process is known for certain on its own machine ({@link RunOwner}, recorded as the run starts). A run of
 * another machine, or one that recorded no owner, is taken for dead only after it has not moved (no step, no chunk
 * committed) for {@link #STALE_AFTER}.
 */
@Service
public class DeadRuns {

	/** How long a run of another machine may be silent before it is taken for dead. */
	private static final Duration STALE_AFTER = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(DeadRuns.class);

	private final JobRepository repository;

	private final JobOperator operator;

	private final List<Job> jobs;

	private final List<RunListener> listeners;

	private final Clock clock;

	private final RunOwner here = RunOwner.current();

	DeadRuns(JobRepository repository, JobOperator operator, List<Job> jobs, List<RunListener> listeners, Clock clock) {
		this.repository = repository;
		this.operator = operator;
		this.jobs = jobs;
		this.listeners = listeners;
		this.clock = clock;
	}

	/** Recovers every run of a dead process and announces each. @return how each recovered run ended */
	public List<RunOutcome> recover() {
		List<RunOutcome> recovered = new ArrayList<>();
		for (Job job : this.jobs) {
			for (JobExecution running : this.repository.findRunningJobExecutions(job.getName())) {
				deadBecause(running).flatMap((cause) -> recover(running, cause)).ifPresent(recovered::add);
			}
		}
		return recovered;
	}

	/** Why the run is dead, when it is. */
	private Optional<String> deadBecause(JobExecution running) {
		var context = running.getExecutionContext();
		Optional<RunOwner> owner = RunOwner.parse(context.containsKey(RunOwner.KEY) ? context.getString(RunOwner.KEY) : null);
		Optional<Boolean> alive = owner.flatMap((known) -> known.aliveSeenFrom(this.here));
		if (alive.isPresent()) {
			return alive.get() ? Optional.empty()
					: Optional.of("its process (pid " + owner.get().pid() + " on " + owner.get().host()
							+ ") ended without finishing it");
		}
		LocalDateTime moved = lastMoved(running);
		if (moved.isBefore(LocalDateTime.now(this.clock).minus(STALE_AFTER))) {
			return Optional.of("it has not moved since " + moved + " (" + owner.map((known) -> "process " + known.pid()
					+ " on " + known.host()).orElse("process unknown") + ")");
		}
		return Optional.empty();
	}

	private Optional<RunOutcome> recover(JobExecution running, String cause) {
		String job = running.getJobInstance().getJobName();
		try {
			JobExecution recovered = this.operator.recover(running);
			RunOutcome outcome = RunOutcome.of(recovered, false, Duration.ZERO)
				.because("Found dead: " + cause + "; marked FAILED, the same parameters restart it where it stopped");
			log.warn("{} execution {}: {}", job, running.getId(), outcome.failure());
			for (RunListener listener : this.listeners) {
				try {
					listener.ended(outcome, parameters(running));
				}
				catch (RuntimeException ex) {
					log.error("After recovering {}: {}", job, ex.getMessage(), ex);
				}
			}
			return Optional.of(outcome);
		}
		catch (Exception ex) {
			// Recovered by another process at the same moment, or finished after all: not this process's to announce.
			log.info("{} execution {} not recovered here: {}", job, running.getId(), ex.getMessage());
			return Optional.empty();
		}
	}

	/** When the run last moved: its own last update, or a step's (each committed chunk updates its step). */
	static LocalDateTime lastMoved(JobExecution execution) {
		LocalDateTime moved = (execution.getLastUpdated() != null) ? execution.getLastUpdated()
				: execution.getCreateTime();
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getLastUpdated() != null && step.getLastUpdated().isAfter(moved)) {
				moved = step.getLastUpdated();
			}
		}
		return moved;
	}

	/** The run's parameters as a person would give them again (without the mark that made a rerun its own run). */
	private static Map<String, String> parameters(JobExecution execution) {
		Map<String, String> values = new TreeMap<>();
		for (var parameter : execution.getJobParameters()) {
			if (!JobRuns.RERUN.equals(parameter.name())) {
				values.put(parameter.name(), String.valueOf(parameter.value()));
			}
		}
		return values;
	}

}
