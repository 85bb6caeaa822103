package com.sidekickforge.monitor.rollup;

import java.util.Set;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 4: the run fails, naming every source database it could not read, when there was one; a restart
 * then retries those only. Otherwise earlier failures of the day are cleared.
 */
final class VerdictTasklet implements Tasklet {

	private final RollupFailures failures;

	VerdictTasklet(RollupFailures failures) {
		this.failures = failures;
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
		return RepeatStatus.FINISHED;
	}

}
