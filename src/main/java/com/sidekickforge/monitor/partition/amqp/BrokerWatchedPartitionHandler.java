package com.sidekickforge.monitor.partition.amqp;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.messaging.MessagingException;

/**
 * Spring Batch's {@link MessageChannelPartitionHandler} (send a request per partition, then poll the job repository
 * until every partition has ended), watched: it waits on a thread of its own while this one looks at the broker every
 * poll, and a broker gone away fails the step, naming the partitions not finished, instead of waiting for ever for
 * requests nobody can receive. A restart then runs only those.
 */
final class BrokerWatchedPartitionHandler implements PartitionHandler {

	private static final Logger log = LoggerFactory.getLogger(BrokerWatchedPartitionHandler.class);

	private final MessageChannelPartitionHandler delegate;

	private final PartitionBroker broker;

	private final JobRepository repository;

	private final Duration poll;

	BrokerWatchedPartitionHandler(MessageChannelPartitionHandler delegate, PartitionBroker broker,
			JobRepository repository, Duration poll) {
		this.delegate = delegate;
		this.broker = broker;
		this.repository = repository;
		this.poll = poll;
	}

	@Override
	public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
		String step = manager.getStepName();
		Collection<StepExecution> partitions = splitter.split(manager, 0);
		if (partitions.isEmpty()) {
			return partitions;
		}
		this.broker.requireWorkers(step);
		log.info("Sending {} partition{} of {} (execution {}) to {}", partitions.size(),
				(partitions.size() == 1) ? "" : "s", step, manager.getJobExecutionId(), this.broker.describe());
		FutureTask<Collection<StepExecution>> waiting = new FutureTask<>(() -> this.delegate.handle(splitter, manager));
		Thread.ofVirtual().name(step + "-partitions").start(waiting);
		while (true) {
			try {
				return waiting.get(this.poll.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (TimeoutException ex) {
				Optional<String> lost = this.broker.unreachable();
				if (lost.isPresent()) {
					waiting.cancel(true);
					String unfinished = giveUpUnfinished(partitions);
					throw new BrokerUnavailableException("The message broker (" + this.broker.describe()
							+ ") went away while " + step + " ran (" + lost.get() + "); not finished: " + unfinished
							+ ". Run the job again once the broker is back: only these run.");
				}
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof AmqpException || ex.getCause() instanceof MessagingException) {
					throw new BrokerUnavailableException("Partitions of " + step + " could not be sent to the message "
							+ "broker (" + this.broker.describe() + "): " + PartitionBroker.cause(ex.getCause()));
				}
				throw (ex.getCause() instanceof Exception cause) ? cause : ex;
			}
		}
	}

	/**
	 * The partitions not finished, by name, as the job repository has them now. Those no worker started are marked
	 * failed (their requests, if the broker still delivers them, are dropped by the workers), so that a restart may
	 * run them; those a worker started finish there and record their own end.
	 */
	private String giveUpUnfinished(Collection<StepExecution> partitions) {
		List<String> names = new ArrayList<>();
		for (StepExecution sent : partitions) {
			StepExecution partition = this.repository.getStepExecution(sent.getId());
			if (partition == null || !partition.getStatus().isRunning()) {
				continue;
			}
			names.add(partition.getStepName());
			if (partition.getStatus() == BatchStatus.STARTING) {
				partition.setStatus(BatchStatus.FAILED);
				partition.setExitStatus(ExitStatus.FAILED.addExitDescription("Not run: the message broker went away"));
				partition.setEndTime(LocalDateTime.now());
				try {
					this.repository.update(partition);
				}
				catch (OptimisticLockingFailureException ex) {
					// a worker started it meanwhile: it records its own end
				}
			}
		}
		names.sort(null);
		return String.join(", ", names);
	}

}
