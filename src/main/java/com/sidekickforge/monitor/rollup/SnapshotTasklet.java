package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.sidekickforge.monitor.source.AgentUsageReader;
import com.sidekickforge.monitor.source.CounterRow;

/**
 * Step 1: decides the run's plan, then reads every counter of D's billing period: kept as the latest
 * reading (for reconciliation) and, when the run comes right after D, as D's snapshot.
 */
class SnapshotTasklet implements Tasklet {

	private static final int BATCH = 1000;

	private final RollupPlanner planner;

	private final UsageSnapshots snapshots;

	private final DataSource platform;

	private final RollupParameters parameters;

	SnapshotTasklet(RollupPlanner planner, UsageSnapshots snapshots, DataSource platform, RollupParameters parameters) {
		this.planner = planner;
		this.snapshots = snapshots;
		this.platform = platform;
		this.parameters = parameters;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
		RollupPlan plan = RollupPlan.isIn(job) ? RollupPlan.from(job)
				: this.planner.plan(this.parameters.date(), this.parameters.from(), this.parameters.client());
		plan.saveTo(job);
		LocalDate period = plan.periodStart();
		UUID only = plan.client();
		this.snapshots.clearReadings(period, only);
		List<CounterRow> batch = new ArrayList<>(BATCH);
		long[] counts = new long[2];
		new AgentUsageReader(this.platform).period(period, (row) -> {
			if (only == null || only.equals(row.clientId())) {
				batch.add(row);
				if (batch.size() >= BATCH) {
					counts[1] += write(batch, plan);
					counts[0] += batch.size();
					batch.clear();
				}
			}
		});
		counts[1] += write(batch, plan);
		counts[0] += batch.size();
		if (counts[1] > 0) {
			this.snapshots.refreshStatistics();
		}
		contribution.incrementReadCount(); // one period read
		contribution.incrementWriteCount(counts[1]);
		chunkContext.getStepContext()
			.getStepExecution()
			.getExecutionContext()
			.putLong("rollup.counters.read", counts[0]);
		return RepeatStatus.FINISHED;
	}

	private int write(List<CounterRow> rows, RollupPlan plan) {
		if (rows.isEmpty()) {
			return 0;
		}
		this.snapshots.addReadings(rows, plan.periodStart(), plan.readAt());
		return plan.takeSnapshot() ? this.snapshots.addSnapshots(rows, plan.date(), plan.periodStart(), plan.readAt())
				: 0;
	}

}
