package com.sidekickforge.monitor.partition;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;

/**
 * Runs claimed partitions in this process, at most {@code forge.partitions.threads} at a time, whether the
 * manager step or the node's standing worker claimed them. While a partition runs its lease is renewed every third
 * of the lease, so only a node that died (or lost the store) has its partitions taken over.
 */
@Component
class PartitionRunner implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PartitionRunner.class);

	private final JobRepository repository;

	private final ObjectProvider<Step> steps;

	private final PartitionWork work;

	private final Duration lease;

	private final Semaphore slots;

	private final ExecutorService threads;

	private final ScheduledExecutorService renewals;

	/** Leases are about time passing on this machine, not the reports' "now" (which tests may fix). */
	private final Clock clock = Clock.systemUTC();

	PartitionRunner(JobRepository repository, ObjectProvider<Step> steps, PartitionWork work,
			ForgeProperties properties) {
		this.repository = repository;
		this.steps = steps;
		this.work = work;
		this.lease = properties.partitions().lease();
		this.slots = new Semaphore(properties.partitions().threads());
		this.threads = Executors.newCachedThreadPool((task) -> daemon(task, "partition"));
		this.renewals = Executors.newSingleThreadScheduledExecutor((task) -> daemon(task, "partition-lease"));
	}

	/**
	 * Claims the partition and starts it, if this process has a free thread and no other node claimed it first.
	 *
	 * @return the run, ending when the partition has run
	 */
	public Optional<CompletableFuture<Void>> tryRun(PartitionRow row, String node) {
		if (!this.slots.tryAcquire()) {
			return Optional.empty();
		}
		boolean claimed;
		try {
			claimed = this.work.claim(row, node, this.clock.instant().plus(this.lease));
		}
		catch (RuntimeException ex) {
			this.slots.release();
			throw ex;
		}
		if (!claimed) {
			this.slots.release();
			return Optional.empty();
		}
		return Optional.of(CompletableFuture.runAsync(() -> {
			try {
				run(row, node);
			}
			finally {
				this.slots.release();
			}
		}, this.threads));
	}

	/** Whether a thread is free to run one more partition. */
	public boolean hasFreeThread() {
		return this.slots.availablePermits() > 0;
	}

	private void run(PartitionRow row, String node) {
		long period = Math.max(100, this.lease.toMillis() / 3);
		ScheduledFuture<?> renewal = this.renewals.scheduleAtFixedRate(() -> renew(row, node), period, period,
				TimeUnit.MILLISECONDS);
		try {
			StepExecution execution = this.repository.getStepExecution(row.jobExecutionId(), row.stepExecutionId());
			if (execution == null || !runnable(execution)) {
				// its run was recovered or given up meanwhile, or another node finished it: nothing left to do
				log.info("Partition {} of execution {} not run: {}", row.partitionName(), row.jobExecutionId(),
						(execution == null) ? "no such step execution" : execution.getStatus() + ", job "
								+ execution.getJobExecution().getStatus());
			}
			else {
				log.info("Node {} runs partition {} of {} (execution {}){}", node, row.partitionName(),
						row.managerStep(), row.jobExecutionId(),
						(execution.getStatus() == BatchStatus.STARTED) ? ", taken over from " + row.claimedBy() : "");
				step(row.workerStep()).execute(execution);
			}
			this.work.finish(row.stepExecutionId(), node, this.clock.instant());
		}
		catch (Exception ex) {
			// Not finished: the lease runs out and this or another node runs the partition again.
			log.error("Partition {} of execution {} broke off on node {}: {}", row.partitionName(),
					row.jobExecutionId(), node, ex.getMessage(), ex);
		}
		finally {
			renewal.cancel(false);
		}
	}

	private void renew(PartitionRow row, String node) {
		try {
			if (!this.work.renew(row.stepExecutionId(), node, this.clock.instant().plus(this.lease))) {
				log.warn("Node {} lost its lease on partition {} of execution {}", node, row.partitionName(),
						row.jobExecutionId());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Cannot renew the lease on partition {}: {}", row.partitionName(), ex.getMessage());
		}
	}

	/** A partition still to run: not started, or started by a node that died; in a run still going on. */
	private static boolean runnable(StepExecution execution) {
		BatchStatus status = execution.getStatus();
		return (status == BatchStatus.STARTING || status == BatchStatus.STARTED)
				&& execution.getJobExecution().getStatus().isRunning();
	}

	private Step step(String name) {
		return this.steps.stream()
			.filter((step) -> step.getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No step named " + name + " in this node"));
	}

	@Override
	public void destroy() {
		this.renewals.shutdownNow();
		this.threads.shutdownNow();
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

}
