package com.sidekickforge.monitor.partition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Makes the partitions' step executions. When the manager step is restarted after it failed, only the partitions
 * that did not complete run, each from its last state; the completed ones are listed in the manager's context
 * ({@link #COMPLETED}) so their results still count. When the manager step runs afresh (first run, or again after it
 * completed), every partition starts from the partitioner's context. (Spring Batch's own splitter hands a completed
 * partition its old state on a re-run, which makes a reader skip everything.) The grid size is kept in the manager's
 * context, so a restart cuts the same partitions.
 */
final class PartitionSplitter implements StepExecutionSplitter {

	private static final String GRID = "partition.grid";

	/** Step execution ids, comma separated, of partitions that completed before a restart and are not run again. */
	static final String COMPLETED = "partition.completed";

	private final JobRepository repository;

	private final String workerStep;

	private final Partitioner partitioner;

	PartitionSplitter(JobRepository repository, String workerStep, Partitioner partitioner) {
		this.repository = repository;
		this.workerStep = workerStep;
		this.partitioner = partitioner;
	}

	@Override
	public String getStepName() {
		return this.workerStep;
	}

	@Override
	public Set<StepExecution> split(StepExecution manager, int gridSize) throws JobExecutionException {
		ExecutionContext context = manager.getExecutionContext();
		// Only a manager step that did not complete gets its last context back (the grid size in it).
		boolean restart = context.containsKey(GRID);
		int grid = (int) context.getLong(GRID, gridSize);
		context.putLong(GRID, grid);
		this.repository.updateExecutionContext(manager);
		JobExecution job = manager.getJobExecution();
		Set<StepExecution> partitions = new LinkedHashSet<>();
		List<String> completed = new ArrayList<>();
		for (Map.Entry<String, ExecutionContext> partition : this.partitioner.partition(grid).entrySet()) {
			String name = this.workerStep + ":" + partition.getKey();
			StepExecution last = this.repository.getLastStepExecution(job.getJobInstance(), name);
			if (last != null && last.getStatus() == BatchStatus.UNKNOWN) {
				throw new JobExecutionException("Partition " + name + " ended in an unknown state (a failure that "
						+ "could not be rolled back); look at what it wrote before running it again");
			}
			if (restart && last != null && last.getStatus() == BatchStatus.COMPLETED) {
				completed.add(Long.toString(last.getId()));
				continue;
			}
			boolean resume = restart && last != null;
			StepExecution next = this.repository.createStepExecution(name, job);
			next.setExecutionContext(resume ? last.getExecutionContext() : partition.getValue());
			this.repository.updateExecutionContext(next);
			partitions.add(next);
		}
		context.putString(COMPLETED, String.join(",", completed));
		this.repository.updateExecutionContext(manager);
		return partitions;
	}

}
