package com.sidekickforge.monitor.report;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code report} job: one step that reads the period once and writes every scope's files, swapped into
 * the output directory only when all are written (a failed run leaves the previous reports in place, and its
 * restart writes them all again).
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

	static final String JOB = "report";

	@Bean
	Job reportJob(JobRepository jobRepository, Step reportPublishStep) {
		return new JobBuilder(JOB, jobRepository).start(reportPublishStep).build();
	}

	@Bean
	Step reportPublishStep(JobRepository jobRepository, Tasklet reportPublishTasklet) {
		return new StepBuilder("report-publish", jobRepository)
			.tasklet(reportPublishTasklet, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	@StepScope
	Tasklet reportPublishTasklet(ReportService reports, java.util.List<PublicationListener> listeners,
			@Value("#{jobParameters['period']}") String period, @Value("#{jobParameters['formats']}") String formats,
			@Value("#{jobParameters['at']}") String at, @Value("#{jobParameters['schedule']}") String schedule,
			@Value("#{jobParameters['deliver']}") String deliver, @Value("#{jobParameters['scope']}") String scope,
			@Value("#{jobParameters['recipients']}") String recipients) {
		Set<ExportFormat> chosen = EnumSet.noneOf(ExportFormat.class);
		if (formats == null || formats.isBlank()) {
			chosen.addAll(EnumSet.allOf(ExportFormat.class));
		}
		else {
			Arrays.stream(formats.split(",")).map(ExportFormat::of).forEach(chosen::add);
		}
		Instant moment = (at == null || at.isBlank()) ? null : Instant.parse(at);
		return (StepContribution contribution, ChunkContext context) -> {
			var published = reports.publish((period == null || period.isBlank()) ? "current" : period, chosen, moment);
			contribution.incrementWriteCount(published.files());
			var request = new PublicationListener.Request(schedule, chosen, (deliver != null) ? deliver : "publish",
					(scope != null) ? scope : "all", (recipients == null || recipients.isBlank()) ? java.util.List.of()
							: java.util.List.of(recipients.split(",")));
			listeners.forEach((listener) -> listener.published(published, request));
			return RepeatStatus.FINISHED;
		};
	}

}
