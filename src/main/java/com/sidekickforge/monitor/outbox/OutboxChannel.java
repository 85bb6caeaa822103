package com.sidekickforge.monitor.outbox;

/** Delivers the messages of one {@link Channel}. */
public interface OutboxChannel {

	Channel channel();

	/** One attempt; never throws for a failed delivery, answers {@link DeliveryResult.Failed} instead. */
	DeliveryResult deliver(OutboxMessage message);

	/** What to do with a message a dead worker was sending. */
	InDoubt inDoubt(OutboxMessage message);

}
