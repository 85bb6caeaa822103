package com.sidekickforge.monitor.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.sidekickforge.monitor.partition.PartitionedSteps;
import com.sidekickforge.monitor.report.export.ExportFormat;
import com.sidekickforge.monitor.run.JobParameterRules;

/**
 * The {@code report} job: the plan (one moment, one period, the slices of clients), the writing of every scope's
 * files in partitions (one slice of clients per live node, each reading the period once), then the swap into the
 * output directory once every slice is written. A failed run leaves the previous reports in place; its restart
 * writes only the slices that were not written.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

	static final String JOB = "report";

	private static final String PUBLICATION = "report.publication";

	private static final String SLICES = "report.slices";

	private static final String SLICE = "report.slice";

	private static final String ADMIN = "report.admin";

	@Bean
	Job reportJob(JobRepository jobRepository, Step reportPlanStep, Step reportWriteStep, Step reportPublishStep) {
		return new JobBuilder(JOB, jobRepository).validator(JobParameterRules.of(ReportParameters.DECLARATION))
			.start(reportPlanStep)
			.next(reportWriteStep)
			.next(reportPublishStep)
			.build();
	}

	@Bean
	Step reportPlanStep(JobRepository jobRepository, Tasklet reportPlanTasklet) {
		return new StepBuilder("report-plan", jobRepository)
			.tasklet(reportPlanTasklet, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	@StepScope
	Tasklet reportPlanTasklet(ReportService reports, PartitionedSteps partitioned, JobRepository jobRepository,
			@Value("#{stepExecution.jobExecution.jobParameters}") JobParameters jobParameters) {
		ReportParameters parameters = ReportParameters.of(jobParameters);
		return (StepContribution contribution, ChunkContext context) -> {
			var job = context.getStepContext().getStepExecution().getJobExecution();
			var publication = reports.plan(parameters.period().key(), parameters.at(),
					job.getJobInstance().getInstanceId(), (instance) -> restartable(jobRepository, instance));
			ExecutionContext plan = job.getExecutionContext();
			plan.putString(PUBLICATION, publication.toString());
			// Slices of the client id space (forge.partitions.report-slices, one per worker node): each reads the period
			// once and writes its clients.
			plan.putString(SLICES, String.join(",",
					ClientSlice.of(partitioned.reportSlices()).stream().map(ClientSlice::name).toList()));
			return RepeatStatus.FINISHED;
		};
	}

	@Bean
	Step reportWriteStep(PartitionedSteps partitioned, Step reportWriteWorkerStep, Partitioner reportSlicePartitioner) {
		return partitioned.partitioned("report-write", reportWriteWorkerStep, reportSlicePartitioner, null, null);
	}

	@Bean
	@JobScope
	Partitioner reportSlicePartitioner(@Value("#{jobExecutionContext['" + SLICES + "']}") String slices) {
		return (gridSize) -> {
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			String[] names = slices.split(",");
			for (int i = 0; i < names.length; i++) {
				ExecutionContext context = new ExecutionContext();
				context.putString(SLICE, names[i]);
				// The first slice's node writes the all-clients report too.
				context.putString(ADMIN, Boolean.toString(i == 0));
				partitions.put("clients-" + names[i], context);
			}
			return partitions;
		};
	}

	@Bean
	Step reportWriteWorkerStep(JobRepository jobRepository, Tasklet reportWriteTasklet) {
		return new StepBuilder("report-write-partition", jobRepository)
			.tasklet(reportWriteTasklet, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	@StepScope
	Tasklet reportWriteTasklet(ReportService reports,
			@Value("#{stepExecution.jobExecution.jobParameters}") JobParameters jobParameters,
			@Value("#{jobExecutionContext['" + PUBLICATION + "']}") String publication,
			@Value("#{stepExecutionContext['" + SLICE + "']}") String slice,
			@Value("#{stepExecutionContext['" + ADMIN + "']}") String admin) {
		Set<ExportFormat> formats = ReportParameters.of(jobParameters).formats();
		return (contribution, context) -> {
			contribution.incrementWriteCount(reports.write(Publication.parse(publication), formats, ClientSlice.parse(slice), Boolean.parseBoolean(admin)));
			return RepeatStatus.FINISHED;
		};
	}

	@Bean
	Step reportPublishStep(JobRepository jobRepository, Tasklet reportPublishTasklet) {
		return new StepBuilder("report-publish", jobRepository)
			.tasklet(reportPublishTasklet, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	@StepScope
	Tasklet reportPublishTasklet(ReportService reports, List<PublicationListener> listeners,
			@Value("#{stepExecution.jobExecution.jobParameters}") JobParameters jobParameters,
			@Value("#{jobExecutionContext['" + PUBLICATION + "']}") String publication,
			@Value("#{jobExecutionContext['" + SLICES + "']}") String slices) {
		ReportParameters parameters = ReportParameters.of(jobParameters);
		return (StepContribution contribution, ChunkContext context) -> {
			var published = reports.swapIn(Publication.parse(publication), parameters.formats(),
					Arrays.stream(slices.split(",")).map(ClientSlice::parse).toList());
			contribution.incrementWriteCount(published.files());
			var request = new PublicationListener.Request(parameters.schedule(), parameters.formats(),
					parameters.deliver(), parameters.scope(), parameters.recipients());
			listeners.forEach((listener) -> listener.published(published, request));
			reports.finish(Publication.parse(publication));
			return RepeatStatus.FINISHED;
		};
	}

	/**
	 * Whether a report run may still be restarted, and so still needs what it wrote aside: it failed, or it is marked
	 * as running (going on, or dead and not yet recovered). A completed or abandoned run never will.
	 */
	private static boolean restartable(JobRepository jobRepository, long instance) {
		var found = jobRepository.getJobInstance(instance);
		var last = (found != null) ? jobRepository.getLastJobExecution(found) : null;
		return last != null && last.getStatus() != BatchStatus.COMPLETED
				&& last.getStatus() != BatchStatus.ABANDONED;
	}

}
