package com.sidekickforge.monitor.outbox;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * A job step that delivers everything due now. Messages whose next attempt lies in the future stay for the
 * next run (or the {@code serve} worker): a step never waits minutes for a retry.
 */
class OutboxDeliveryTasklet implements Tasklet {

	private final OutboxWorker worker;

	public OutboxDeliveryTasklet(OutboxWorker worker) {
		this.worker = worker;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		OutboxWorker.Pass pass = this.worker.deliverDue();
		for (int i = 0; i < pass.attempted() + pass.unconfirmed(); i++) {
			contribution.incrementReadCount();
		}
		contribution.incrementWriteCount(pass.delivered());
		var context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		context.putInt("outbox.delivered", pass.delivered());
		context.putInt("outbox.failed", pass.failed());
		context.putInt("outbox.dead", pass.dead());
		context.putInt("outbox.unconfirmed", pass.unconfirmed());
		return RepeatStatus.FINISHED;
	}

}
