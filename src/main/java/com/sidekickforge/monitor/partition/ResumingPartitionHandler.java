package com.sidekickforge.monitor.partition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Around the handler that runs the partitions (local threads or the broker): splits the step in the manager's own
 * thread (the partitioners are job scoped), hands the partitions over, then adds those that completed before a
 * restart, so that they count for the aggregator, and fails with the partitions' own errors, which a person can act
 * on, instead of Spring Batch's "unsuccessful step".
 */
final class ResumingPartitionHandler implements PartitionHandler {

	private final PartitionHandler delegate;

	private final int grid;

	private final JobRepository repository;

	ResumingPartitionHandler(PartitionHandler delegate, int grid, JobRepository repository) {
		this.delegate = delegate;
		this.grid = grid;
		this.repository = repository;
	}

	@Override
	public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
		Set<StepExecution> partitions = splitter.split(manager, this.grid);
		List<StepExecution> ran = new ArrayList<>(this.delegate.handle(new Split(splitter.getStepName(), partitions),
				manager));
		List<String> failures = new ArrayList<>();
		for (StepExecution partition : ran) {
			if (partition.getStatus().isUnsuccessful()) {
				failures.add(partition.getStepName() + ": "
						+ PartitionFailedException.cause(partition.getExitStatus().getExitDescription()));
			}
		}
		for (String id : manager.getExecutionContext().getString(PartitionSplitter.COMPLETED, "").split(",")) {
			if (!id.isEmpty()) {
				ran.add(this.repository.getStepExecution(Long.parseLong(id)));
			}
		}
		if (!failures.isEmpty()) {
			failures.sort(null);
			throw new PartitionFailedException(String.join("; ", failures));
		}
		return ran;
	}

	/** Partitions already made: the handlers below split nothing again. */
	private record Split(String stepName, Set<StepExecution> partitions) implements StepExecutionSplitter {

		@Override
		public String getStepName() {
			return this.stepName;
		}

		@Override
		public Set<StepExecution> split(StepExecution manager, int gridSize) {
			return this.partitions;
		}

	}

}
