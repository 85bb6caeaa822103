package com.sidekickforge.monitor.partition.amqp;

import java.time.Duration;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.integration.core.MessagingTemplate;

import com.sidekickforge.monitor.partition.PartitionHandlers;

/**
 * With a broker: each partitioned step's partitions are sent as step execution requests and their outcome read in
 * the job repository every {@code forge.partitions.poll} (no reply messages).
 */
final class RemotePartitionHandlers implements PartitionHandlers {

	private final MessagingTemplate requests;

	private final JobRepository repository;

	private final PartitionBroker broker;

	private final Duration poll;

	RemotePartitionHandlers(MessagingTemplate requests, JobRepository repository, PartitionBroker broker,
			Duration poll) {
		this.requests = requests;
		this.repository = repository;
		this.broker = broker;
		this.poll = poll;
	}

	@Override
	public PartitionHandler handlerFor(Step worker) {
		MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
		handler.setStepName(worker.getName());
		handler.setMessagingOperations(this.requests);
		handler.setJobRepository(this.repository);
		handler.setPollInterval(this.poll.toMillis());
		try {
			handler.afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot build the partition handler of " + worker.getName(), ex);
		}
		return new BrokerWatchedPartitionHandler(handler, this.broker, this.repository, this.poll);
	}

}
