package com.sidekickforge.monitor.health;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.sidekickforge.monitor.run.JobParameterRules;

/** The {@code health-check} job: one check, its samples written in one transaction of their own. */
@Configuration(proxyBeanMethods = false)
class HealthCheckJobConfiguration {

	static final String JOB = "health-check";

	private static final Logger log = LoggerFactory.getLogger(HealthCheckJobConfiguration.class);

	@Bean
	Job healthCheckJob(JobRepository jobRepository, Step healthCheckStep) {
		return new JobBuilder(JOB, jobRepository)
			.validator(JobParameterRules.of(HealthCheckParameters.DECLARATION))
			.start(healthCheckStep)
			.build();
	}

	@Bean
	Step healthCheckStep(JobRepository jobRepository, Tasklet healthProbe) {
		return new StepBuilder("health-probe", jobRepository).tasklet(healthProbe, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	@StepScope
	Tasklet healthProbe(HealthCheck check,
			@Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters) {
		Instant at = HealthCheckParameters.of(parameters).at();
		return (contribution, context) -> {
			HealthCheck.Outcome outcome = check.run(at);
			contribution.incrementWriteCount(outcome.samples().size());
			outcome.samples()
				.stream()
				.filter((sample) -> sample.status() != ProbeStatus.HEALTHY)
				.forEach((sample) -> log.info("{} {}: {}", sample.target(), sample.status().key(), sample.reason()));
			return RepeatStatus.FINISHED;
		};
	}

}
