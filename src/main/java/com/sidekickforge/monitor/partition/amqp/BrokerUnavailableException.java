package com.sidekickforge.monitor.partition.amqp;

/** The broker of partition requests cannot be reached, or nobody listens on it: the partitioned step fails. */
class BrokerUnavailableException extends RuntimeException {

	BrokerUnavailableException(String message) {
		super(message);
	}

}
