package com.sidekickforge.monitor.rollup;

import java.util.Set;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 4: the run fails, naming every source database it could not read, when there was one; a restart
 * then retries those only. Otherwise earlier failures of the day are cleared and, for a run over all clients, the
 * recorded history extended to its first day.
 */
final class VerdictTasklet implements Tasklet {

	private final RollupFailures failures;

	private final RecordedHistory history;

	VerdictTasklet(RollupFailures failures, RecordedHistory history) {
		this.failures = failures;
		this.history = history;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
		RollupPlan plan = RollupPlan.from(job);
		Set<String> failed = EventTasklet.keys(job, EventTasklet.FAILED);
		if (!failed.isEmpty()) {
			throw new RollupIncompleteException(plan.date(), this.failures.describe(plan.date()));
		}
		this.failures.clear(plan.date());
		if (plan.client() == null) {
			// Every source was read over the plan's days: history is recorded from its first day on.
			this.history.extend(plan.firstDay());
		}
		return RepeatStatus.FINISHED;
	}

}
