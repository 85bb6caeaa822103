package com.sidekickforge.monitor.partition.amqp;

import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;

/**
 * A {@code serve} node's consumers of the partition queue ({@code forge.partitions.threads} of them, one request
 * each at a time). Other commands only send partitions: a short {@code run} takes no other run's work.
 */
public final class PartitionWorkers implements AutoCloseable {

	private final SimpleMessageListenerContainer consumers;

	private final int threads;

	PartitionWorkers(SimpleMessageListenerContainer consumers, int threads) {
		this.consumers = consumers;
		this.threads = threads;
	}

	/** Starts taking partition requests. */
	public void start() {
		this.consumers.start();
	}

	/** Where the requests come from, for the node's start-up line. */
	public String describe() {
		return this.threads + " consumer(s) of queue "
				+ String.join(",", this.consumers.getQueueNames());
	}

	@Override
	public void close() {
		this.consumers.stop();
	}

}
