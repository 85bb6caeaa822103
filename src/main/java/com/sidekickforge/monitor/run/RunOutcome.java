package com.sidekickforge.monitor.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.NestedExceptionUtils;

/**
 * How a job run went.
 *
 * @param restarted whether this run continued a failed one
 * @param failure what went wrong, or null
 * @param steps one line per step: name, status, read and written counts
 * @param rowsRead items read by all steps of this execution
 * @param rowsWritten items written by all steps of this execution
 */
public record RunOutcome(String job, long executionId, String status, boolean restarted, Duration duration,
		String failure, List<String> steps, long rowsRead, long rowsWritten) {

	public boolean completed() {
		return "COMPLETED".equals(this.status);
	}

	/** The same outcome, saying why it failed. */
	RunOutcome because(String cause) {
		return new RunOutcome(this.job, this.executionId, this.status, this.restarted, this.duration, cause, this.steps,
				this.rowsRead, this.rowsWritten);
	}

	/** How an execution went, as the repository has it. */
	static RunOutcome of(JobExecution execution, boolean restarted, Duration duration) {
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

}
