package com.sidekickforge.monitor.outbox;

import java.time.Clock;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * {@code outbox-retry}'s first step: dead-lettered and unconfirmed messages back in the queue with fresh
 * attempts: all of them, or those whose message or event id starts with the {@code id} parameter.
 */
class OutboxRequeueTasklet implements Tasklet {

	private final Outbox outbox;

	private final Clock clock;

	private final String id;

	OutboxRequeueTasklet(Outbox outbox, Clock clock, String id) {
		this.outbox = outbox;
		this.clock = clock;
		this.id = id;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		contribution.incrementWriteCount(this.outbox.requeue(this.id, this.clock.instant()));
		return RepeatStatus.FINISHED;
	}

}
