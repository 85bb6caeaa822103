package com.sidekickforge.monitor.partition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Spreads a partitioned step over the nodes through the store: splits it, offers each partition assigned in turn to
 * the live nodes (this one first), runs what is assigned to this node (and what dead nodes left) itself, and waits
 * until every partition has run wherever it ran. The manager is a node like the others; alone (H2, the command line)
 * it runs every partition.
 */
final class StorePartitionHandler implements PartitionHandler {

	private final String workerStep;

	private final int gridSize;

	private final Cluster cluster;

	/** What every partitioned step of a process shares: the store tables, the runner, the node and the settings. */
	public record Cluster(JobRepository repository, PartitionWork work, PartitionNodes nodes, PartitionRunner runner,
			LocalNode node, Duration poll, Duration lease) {

		/** This node first, then the others seen within a lease: the nodes partitions are assigned to now. */
		List<String> liveNodes(Instant now) {
			String self = this.node.name();
			List<String> live = new ArrayList<>(List.of(self));
			this.nodes.seenSince(now.minus(this.lease))
				.stream()
				.filter((other) -> !other.equals(self))
				.forEach(live::add);
			return live;
		}

	}

	public StorePartitionHandler(String workerStep, int gridSize, Cluster cluster) {
		this.workerStep = workerStep;
		this.gridSize = gridSize;
		this.cluster = cluster;
	}

	@Override
	public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
		Clock clock = Clock.systemUTC();
		String self = this.cluster.node().name();
		long job = manager.getJobExecutionId();
		String managerStep = manager.getStepName();
		Set<StepExecution> partitions = splitter.split(manager, this.gridSize);
		// Only nodes with a standing worker (serve) say they are alive: a command-line run takes no other run's
		// partitions, so none are assigned to it; its own it takes here.
		List<String> nodes = this.cluster.liveNodes(clock.instant());
		List<StepExecution> ordered = new ArrayList<>(partitions);
		ordered.sort(Comparator.comparing(StepExecution::getStepName));
		List<PartitionWork.Offer> offers = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			StepExecution partition = ordered.get(i);
			offers.add(new PartitionWork.Offer(partition.getId(), job, managerStep, this.workerStep,
					partition.getStepName(), nodes.get(i % nodes.size())));
		}
		this.cluster.work().offer(offers, clock.instant());
		List<CompletableFuture<Void>> mine = new ArrayList<>();
		while (true) {
			Instant now = clock.instant();
			List<PartitionRow> pending = this.cluster.work().pending(job, managerStep);
			if (pending.isEmpty()) {
				break;
			}
			Set<String> live = Set.copyOf(this.cluster.liveNodes(now));
			for (PartitionRow row : pending) {
				if (!this.cluster.runner().hasFreeThread()) {
					break;
				}
				if (row.claimableBy(self, now, live, this.cluster.lease())) {
					this.cluster.runner().tryRun(row, self).ifPresent(mine::add);
				}
			}
			mine.removeIf(CompletableFuture::isDone);
			waitForOneOf(mine);
		}
		List<StepExecution> ran = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (StepExecution partition : ordered) {
			StepExecution done = this.cluster.repository().getStepExecution(job, partition.getId());
			ran.add(done);
			if (done.getStatus().isUnsuccessful()) {
				failures.add(done.getStepName() + ": " + PartitionFailedException.cause(done.getExitStatus()
					.getExitDescription()));
			}
		}
		// Partitions that completed before this restart count too (their rows, their results for the aggregator).
		String completed = manager.getExecutionContext().getString(PartitionSplitter.COMPLETED, "");
		for (String id : completed.split(",")) {
			if (!id.isEmpty()) {
				ran.add(this.cluster.repository().getStepExecution(Long.parseLong(id)));
			}
		}
		if (!failures.isEmpty()) {
			// The partitions' own errors, not Spring Batch's "unsuccessful step": they may have run on another node.
			throw new PartitionFailedException(String.join("; ", failures));
		}
		return ran;
	}

	/** Until one of this node's partitions ends or the poll interval passes (other nodes' partitions end too). */
	private void waitForOneOf(List<CompletableFuture<Void>> running) throws InterruptedException {
		try {
			CompletableFuture<?> any = running.isEmpty() ? new CompletableFuture<>()
					: CompletableFuture.anyOf(running.toArray(CompletableFuture[]::new));
			any.get(this.cluster.poll().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			// poll again: a failed partition says so in its step execution
		}
	}

}
