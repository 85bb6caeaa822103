package com.sidekickforge.monitor.partition;

import java.time.Instant;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;

/** Builds the manager steps of partitioned work, all spread the same way ({@link StorePartitionHandler}). */
@Component
public class PartitionedSteps {

	private final StorePartitionHandler.Cluster cluster;

	private final int grid;

	PartitionedSteps(JobRepository repository, PartitionWork work, PartitionNodes nodes, PartitionRunner runner,
			LocalNode node, ForgeProperties properties) {
		ForgeProperties.Partitions settings = properties.partitions();
		this.cluster = new StorePartitionHandler.Cluster(repository, work, nodes, runner, node, settings.poll(),
				settings.lease());
		this.grid = settings.grid();
	}

	/** This node and the others seen alive within a lease: how many can take a share of a run now. */
	public int liveNodes() {
		return this.cluster.liveNodes(Instant.now()).size();
	}

	/** How many partitions a step is split into at most ({@code forge.partitions.grid}). */
	public int grid() {
		return this.grid;
	}

	/**
	 * A manager step: split by the partitioner, each partition run by the worker step on some node. Restarted after
	 * it failed, only its unfinished partitions run, from where they stopped; run again after it completed, all run
	 * afresh ({@link PartitionSplitter}).
	 *
	 * @param listener called around the manager step (after the partitions' results are aggregated), or null
	 */
	public Step partitioned(String name, Step worker, Partitioner partitioner, StepExecutionAggregator aggregator,
			StepExecutionListener listener) {
		PartitionSplitter splitter = new PartitionSplitter(this.cluster.repository(), worker.getName(), partitioner);
		var builder = new StepBuilder(name, this.cluster.repository()).partitioner(worker.getName(), partitioner)
			.splitter(splitter)
			.partitionHandler(new StorePartitionHandler(worker.getName(), this.grid, this.cluster))
			.aggregator((aggregator != null) ? aggregator : new DefaultStepExecutionAggregator())
			.allowStartIfComplete(true);
		if (listener != null) {
			builder.listener(listener);
		}
		return builder.build();
	}

}
