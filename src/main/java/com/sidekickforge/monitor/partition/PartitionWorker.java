package com.sidekickforge.monitor.partition;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;

/**
 * A {@code serve} node's standing share of partitioned steps: every poll it says it is alive and claims the
 * partitions assigned to it, and those of nodes that died, while it has free threads.
 */
@Component
public class PartitionWorker implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

	private final PartitionWork work;

	private final PartitionNodes nodes;

	private final PartitionRunner runner;

	private final LocalNode node;

	private final ForgeProperties.Partitions settings;

	private volatile Thread loop;

	PartitionWorker(PartitionWork work, PartitionNodes nodes, PartitionRunner runner, LocalNode node,
			ForgeProperties properties) {
		this.work = work;
		this.nodes = nodes;
		this.runner = runner;
		this.node = node;
		this.settings = properties.partitions();
	}

	/** Starts taking partitions as this node, until closed. */
	public synchronized void start() {
		if (this.loop == null) {
			this.loop = Thread.ofPlatform().daemon().name("partition-worker").start(this::takePartitions);
		}
	}

	private void takePartitions() {
		Clock clock = Clock.systemUTC();
		while (!Thread.currentThread().isInterrupted()) {
			try {
				takeOnce(clock.instant());
			}
			catch (RuntimeException ex) {
				log.warn("Looking for partitions failed, trying again in {}: {}", this.settings.poll(), ex.getMessage());
			}
			try {
				Thread.sleep(this.settings.poll());
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/** One look: alive, then whatever this node may claim while it has threads. */
	void takeOnce(Instant now) {
		String self = this.node.name();
		this.nodes.seen(self, now);
		Set<String> live = Set.copyOf(this.nodes.seenSince(now.minus(this.settings.lease())));
		for (PartitionRow row : this.work.pending(null, null)) {
			if (!this.runner.hasFreeThread()) {
				return;
			}
			if (row.claimableBy(self, now, live, this.settings.lease())) {
				this.runner.tryRun(row, self);
			}
		}
	}

	@Override
	public synchronized void close() {
		if (this.loop != null) {
			this.loop.interrupt();
			this.loop = null;
		}
	}

}
