package com.sidekickforge.monitor.partition.amqp;

import java.io.IOException;

import com.rabbitmq.client.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * A worker's side of a partition request: runs the partition's step execution through Spring Batch's
 * {@link StepExecutionRequestHandler} and acknowledges the request only once the step has ended, so that the
 * broker gives the request of a worker that died to another, which continues the step execution from its last
 * commit. A request whose partition has nothing left to run (it completed, or its job execution ended, for instance
 * after the broker went away and the run failed) is acknowledged without running it.
 */
final class PartitionRequestWorker {

	private static final Logger log = LoggerFactory.getLogger(PartitionRequestWorker.class);

	private final JobRepository repository;

	private final StepExecutionRequestHandler handler;

	PartitionRequestWorker(JobRepository repository, StepExecutionRequestHandler handler) {
		this.repository = repository;
		this.handler = handler;
	}

	public void handle(Message<StepExecutionRequest> message) throws IOException {
		MessageHeaders headers = message.getHeaders();
		Channel channel = headers.get(AmqpHeaders.CHANNEL, Channel.class);
		long tag = headers.get(AmqpHeaders.DELIVERY_TAG, Long.class);
		StepExecutionRequest request = message.getPayload();
		StepExecution partition;
		try {
			partition = this.repository.getStepExecution(request.getStepExecutionId());
		}
		catch (RuntimeException ex) {
			// This node cannot read the job repository now: the request goes back to the queue for any worker.
			log.error("Partition request {} given back: the job repository cannot be read: {}", request,
					PartitionBroker.cause(ex));
			channel.basicNack(tag, false, true);
			return;
		}
		if (partition == null || !runnable(partition)) {
			log.info("Partition request {} not run: {}", request, (partition == null) ? "no such step execution"
					: partition.getStatus() + ", job execution " + partition.getJobExecution().getStatus());
			channel.basicAck(tag, false);
			return;
		}
		log.info("Partition {} of job execution {} runs here{}", partition.getStepName(),
				partition.getJobExecutionId(), (partition.getStatus() == BatchStatus.STARTED)
						? ", taken over from its last commit (the worker running it stopped)" : "");
		StepExecution ended = this.handler.handle(request);
		log.info("Partition {} of job execution {} ended {}", ended.getStepName(), ended.getJobExecutionId(),
				ended.getStatus());
		channel.basicAck(tag, false);
	}

	/** Not started yet, or started by a worker that stopped; in a job execution still running. */
	private static boolean runnable(StepExecution partition) {
		BatchStatus status = partition.getStatus();
		return (status == BatchStatus.STARTING || status == BatchStatus.STARTED)
				&& partition.getJobExecution().getStatus().isRunning();
	}

}
