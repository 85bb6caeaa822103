package com.sidekickforge.monitor.rollup;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.PlatformDatabase;
import com.sidekickforge.monitor.partition.PartitionedSteps;
import com.sidekickforge.monitor.run.JobParameterRules;
import com.sidekickforge.monitor.source.TenantDatabases;

/**
 * The {@code daily-rollup} job: snapshot, events, daily usage, verdict.
 */
@Configuration(proxyBeanMethods = false)
class DailyRollupJobConfiguration {

	static final String JOB = "daily-rollup";

	@Bean
	Job dailyRollupJob(JobRepository jobRepository, Step rollupSnapshotStep, Step rollupEventStep,
			Step rollupEstimatedStep, Step rollupDeriveStep, Step rollupVerdictStep) {
		return new JobBuilder(JOB, jobRepository)
			.validator(JobParameterRules.of(RollupParameters.DECLARATION))
			.start(rollupSnapshotStep)
			.next(rollupEventStep)
			.next(rollupEstimatedStep)
			.next(rollupDeriveStep)
			.next(rollupVerdictStep)
			.build();
	}

	// Step 1: the plan, the counters read, D's snapshot.
	@Bean
	Step rollupSnapshotStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SnapshotTasklet snapshotTasklet) {
		return new StepBuilder("rollup-snapshot", jobRepository).tasklet(snapshotTasklet, transactionManager).build();
	}

	@Bean
	@JobScope
	SnapshotTasklet snapshotTasklet(RollupPlanner planner, UsageSnapshots snapshots,
			@PlatformDatabase DataSource platform, @Value("#{jobExecution.jobParameters}") JobParameters parameters) {
		return new SnapshotTasklet(planner, snapshots, platform, RollupParameters.of(parameters));
	}

	// Step 2: events of every source database, one unit at a time; run again on restart for what is left. Split into
	// partitions of units, spread over the nodes.
	@Bean
	Step rollupEventStep(PartitionedSteps partitioned, Step rollupEventWorkerStep, EventUnitPartitioner eventUnitPartitioner) {
		ExecutionContextPromotionListener promotion = new ExecutionContextPromotionListener();
		promotion.setKeys(new String[] { EventTasklet.DONE, EventTasklet.FAILED });
		return partitioned.partitioned("rollup-events", rollupEventWorkerStep, eventUnitPartitioner,
				new EventUnitsAggregator(), promotion);
	}

	@Bean
	Step rollupEventWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			EventTasklet eventTasklet) {
		return new StepBuilder("rollup-events-partition", jobRepository).tasklet(eventTasklet, transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@JobScope
	EventUnitPartitioner eventUnitPartitioner(TenantDatabases tenants,
			@Value("#{jobExecutionContext['rollup.plan']}") String plan) {
		return new EventUnitPartitioner(tenants, RollupPlan.parse(plan));
	}

	@Bean
	@StepScope
	EventTasklet eventTasklet(TenantDatabases tenants, EventDays eventDays, RollupFailures failures,
			PlatformTransactionManager transactionManager, Clock clock, ForgeProperties properties) {
		return new EventTasklet(tenants, eventDays, failures, transactionManager, clock,
				properties.rollup().parallelReads());
	}

	// Step 3a: every estimated day (the event sums) and every tracking gap, set-based in the store.
	@Bean
	Step rollupEstimatedStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource store, ForgeProperties properties) {
		return new StepBuilder("rollup-estimated", jobRepository)
			.tasklet(new EstimatedDaysTasklet(store, properties.rollup()), transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	// Step 3b: days between a client's first and latest snapshot; partitions of client ranges spread over the nodes,
	// each in batches of clients.
	@Bean
	Step rollupDeriveStep(PartitionedSteps partitioned, Step rollupDeriveWorkerStep,
			ClientRangePartitioner clientRangePartitioner) {
		return partitioned.partitioned("rollup-daily-usage", rollupDeriveWorkerStep, clientRangePartitioner, null,
				null);
	}

	@Bean
	@JobScope
	ClientRangePartitioner clientRangePartitioner(DataSource store,
			@Value("#{jobExecutionContext['rollup.plan']}") String plan) {
		return new ClientRangePartitioner(store, RollupPlan.parse(plan).client());
	}

	@Bean
	Step rollupDeriveWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcCursorItemReader<UUID> rollupClientReader, ClientRollupProcessor clientRollupProcessor,
			DailyUsages dailyUsages, ForgeProperties properties) {
		// One item is a batch of clients, so a chunk of one commits clients-per-chunk clients together.
		return new StepBuilder("rollup-daily-usage-partition", jobRepository).<List<UUID>, List<ClientRollup>>chunk(1)
			.transactionManager(transactionManager)
			.reader(new ClientBatchReader(rollupClientReader, properties.rollup().clientsPerChunk()))
			.processor(clientRollupProcessor)
			.writer(new ClientRollupWriter(dailyUsages))
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	JdbcCursorItemReader<UUID> rollupClientReader(DataSource store,
			@Value("#{jobExecutionContext['rollup.plan']}") String plan,
			@Value("#{stepExecutionContext['" + ClientRangePartitioner.FIRST + "']}") String first,
			@Value("#{stepExecutionContext['" + ClientRangePartitioner.LAST + "']}") String last) {
		UUID client = RollupPlan.parse(plan).client();
		return new JdbcCursorItemReaderBuilder<UUID>().name("rollupClients")
			.dataSource(store)
			// This partition's range of clients (its bounds are clients of the list, so BETWEEN includes them).
			.sql(UsageSnapshots.CLIENTS_TO_DERIVE.formatted(" WHERE client_id BETWEEN ? AND ?"
					+ ((client != null) ? " AND client_id = ?" : "")))
			.preparedStatementSetter((ps) -> {
				ps.setObject(1, UUID.fromString(first));
				ps.setObject(2, UUID.fromString(last));
				if (client != null) {
					ps.setObject(3, client);
				}
			})
			.rowMapper((rs, n) -> rs.getObject(1, UUID.class))
			.fetchSize(1000)
			.build();
	}

	@Bean
	@StepScope
	ClientRollupProcessor clientRollupProcessor(@Value("#{jobExecutionContext['rollup.plan']}") String plan,
			@Value("#{jobExecutionContext['" + EventTasklet.FAILED + "']}") String failed, UsageSnapshots snapshots) {
		return new ClientRollupProcessor(RollupPlan.parse(plan), ClientRollupProcessor.failedSources(failed),
				snapshots);
	}

	// Step 4: fail, naming the databases that could not be read, or clear the day's failures (and extend the history).
	@Bean
	Step rollupVerdictStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RollupFailures failures, RecordedHistory history) {
		return new StepBuilder("rollup-verdict", jobRepository)
			.tasklet(new VerdictTasklet(failures, history), transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

}
