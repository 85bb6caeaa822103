package com.sidekickforge.monitor.partition;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;

/**
 * Builds the manager steps of partitioned work, all run the same way: on local threads, or through the broker on
 * the worker nodes ({@link PartitionHandlers}).
 */
@Component
public class PartitionedSteps {

	private final JobRepository repository;

	private final PartitionHandlers handlers;

	private final ForgeProperties.Partitions settings;

	PartitionedSteps(JobRepository repository, PartitionHandlers handlers, ForgeProperties properties) {
		this.repository = repository;
		this.handlers = handlers;
		this.settings = properties.partitions();
	}

	/** Slices of clients a report run is written in ({@code forge.partitions.report-slices}). */
	public int reportSlices() {
		return this.settings.reportSlices();
	}

	/**
	 * A manager step: split by the partitioner, each partition run by the worker step, here or on a worker node.
	 * Restarted after it failed, only its unfinished partitions run, from where they stopped; run again after it
	 * completed, all run afresh ({@link PartitionSplitter}).
	 *
	 * @param listener called around the manager step (after the partitions' results are aggregated), or null
	 */
	public Step partitioned(String name, Step worker, Partitioner partitioner, StepExecutionAggregator aggregator,
			StepExecutionListener listener) {
		var builder = new StepBuilder(name, this.repository).partitioner(worker.getName(), partitioner)
			.splitter(new PartitionSplitter(this.repository, worker.getName(), partitioner))
			.partitionHandler(new ResumingPartitionHandler(this.handlers.handlerFor(worker), this.settings.grid(),
					this.repository))
			.aggregator((aggregator != null) ? aggregator : new DefaultStepExecutionAggregator())
			.allowStartIfComplete(true);
		if (listener != null) {
			builder.listener(listener);
		}
		return builder.build();
	}

}
