package com.sidekickforge.monitor.outbox;

import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.run.JobParameterRules;

/**
 * The outbox worker, the step that runs it, and the {@code outbox-retry} job: dead-lettered and unconfirmed
 * messages (all, or {@code id=<message or event id prefix>}) put back in the queue and delivered.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

	static final String RETRY_JOB = "outbox-retry";

	@Bean
	OutboxWorker outboxWorker(Outbox outbox, List<OutboxChannel> channels, ForgeProperties properties, Clock clock) {
		ForgeProperties.Outbox settings = properties.outbox();
		return new OutboxWorker(outbox, channels,
				new RetrySchedule(settings.retrySchedule(), RandomGenerator.getDefault()), settings.lease(),
				settings.batchSize(), clock);
	}

	/** Delivers what is due; used by every job that queues messages. */
	@Bean
	Step outboxDeliverStep(JobRepository jobRepository, OutboxWorker worker) {
		// Each lease and result is committed on its own (a crash must leave them visible): no step transaction.
		return new StepBuilder("outbox-deliver", jobRepository)
			.tasklet(new OutboxDeliveryTasklet(worker), new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	Job outboxRetryJob(JobRepository jobRepository, Step outboxRequeueStep, Step outboxDeliverStep) {
		return new JobBuilder(RETRY_JOB, jobRepository)
			.validator(JobParameterRules.of(OutboxRetryParameters.DECLARATION))
			.start(outboxRequeueStep)
			.next(outboxDeliverStep)
			.build();
	}

	@Bean
	Step outboxRequeueStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			OutboxRequeueTasklet outboxRequeueTasklet) {
		return new StepBuilder("outbox-requeue", jobRepository).tasklet(outboxRequeueTasklet, transactionManager).build();
	}

	@Bean
	@JobScope
	OutboxRequeueTasklet outboxRequeueTasklet(Outbox outbox, Clock clock,
			@Value("#{jobExecution.jobParameters}") JobParameters parameters) {
		return new OutboxRequeueTasklet(outbox, clock, OutboxRetryParameters.of(parameters).idPrefix());
	}

}
