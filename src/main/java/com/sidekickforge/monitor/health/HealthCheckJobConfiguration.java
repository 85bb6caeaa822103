package com.sidekickforge.monitor.health;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code health-check} job: one check, its samples written in one transaction of their own. */
@Configuration(proxyBeanMethods = false)
class HealthCheckJobConfiguration {

	private static final Logger log = LoggerFactory.getLogger(HealthCheckJobConfiguration.class);

	@Bean
	Job healthCheckJob(JobRepository jobRepository, Step healthCheckStep) {
		return new JobBuilder("health-check", jobRepository)
			.validator(com.sidekickforge.monitor.run.JobParameterRules.of(java.util.Map.of("at", com.sidekickforge.monitor.run.JobParameterRules.INSTANT)))
			.start(healthCheckStep)
			.build();
	}

	@Bean
	Step healthCheckStep(JobRepository jobRepository, org.springframework.batch.core.step.tasklet.Tasklet healthProbe) {
		return new StepBuilder("health-probe", jobRepository).tasklet(healthProbe, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	@org.springframework.batch.core.configuration.annotation.StepScope
	org.springframework.batch.core.step.tasklet.Tasklet healthProbe(HealthCheck check,
			@org.springframework.beans.factory.annotation.Value("#{jobParameters['at']}") String at) {
		return (contribution, context) -> {
			HealthCheck.Outcome outcome = check.run((at == null || at.isBlank()) ? null : java.time.Instant.parse(at));
			contribution.incrementWriteCount(outcome.samples().size());
			outcome.samples()
				.stream()
				.filter((sample) -> sample.status() != ProbeStatus.HEALTHY)
				.forEach((sample) -> log.info("{} {}: {}", sample.target(), sample.status().key(), sample.reason()));
			return RepeatStatus.FINISHED;
		};
	}

}
