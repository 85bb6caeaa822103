package com.sidekickforge.monitor.partition.amqp;

import java.util.Optional;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.core.NestedExceptionUtils;

/** The broker and queue of partition requests, as a manager sees them: reachable, and with workers listening. */
final class PartitionBroker {

	private final ConnectionFactory connections;

	private final AmqpAdmin admin;

	private final String queue;

	PartitionBroker(ConnectionFactory connections, AmqpAdmin admin, String queue) {
		this.connections = connections;
		this.admin = admin;
		this.queue = queue;
	}

	/** Like {@code amqp://127.0.0.1:5672, queue forge.partitions}: where requests go, for messages. */
	String describe() {
		return "amqp://" + this.connections.getHost() + ":" + this.connections.getPort() + ", queue " + this.queue;
	}

	/** Why the broker cannot be reached now, or empty while it can. */
	Optional<String> unreachable() {
		try (var connection = this.connections.createConnection()) {
			return connection.isOpen() ? Optional.empty() : Optional.of("the connection is closed");
		}
		catch (AmqpException ex) {
			return Optional.of(cause(ex));
		}
	}

	/**
	 * Refuses to send partitions nobody would run: the broker is unreachable, or no worker consumes the queue (a
	 * manager waits for its partitions' outcome without a time limit, as Spring Batch's handler does).
	 */
	void requireWorkers(String step) {
		QueueInformation information;
		try {
			information = this.admin.getQueueInfo(this.queue);
		}
		catch (AmqpException ex) {
			throw new BrokerUnavailableException("Partitions of " + step + " not sent: the message broker ("
					+ describe() + ") cannot be reached: " + cause(ex));
		}
		if (information == null || information.getConsumerCount() == 0) {
			throw new BrokerUnavailableException("Partitions of " + step + " not sent: no worker takes partitions from "
					+ describe() + "; start serve nodes with forge.partitions.remote=true, or run with "
					+ "--forge.partitions.remote=false to run them in this process");
		}
	}

	static String cause(Throwable ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

}
