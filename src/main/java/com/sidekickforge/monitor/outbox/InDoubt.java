package com.sidekickforge.monitor.outbox;

/** What to do with a message whose worker died while sending it. */
public enum InDoubt {

	/** It did leave (the channel can tell): mark it delivered. */
	DELIVERED,

	/** Send it again: the receiver drops the duplicate (webhooks, by {@code webhook-id}). */
	RESEND,

	/** Nobody can tell and a duplicate would reach a person: leave it for a human ({@link OutboxStatus#UNCONFIRMED}). */
	UNCONFIRMED

}
