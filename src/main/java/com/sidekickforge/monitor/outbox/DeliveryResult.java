package com.sidekickforge.monitor.outbox;

import java.time.Duration;

/** What one delivery attempt gave. */
public sealed interface DeliveryResult {

	/** Accepted by the destination (SMTP accepted it, the endpoint answered 2xx, the file was written). */
	record Delivered() implements DeliveryResult {
	}

	/**
	 * Failed, worth trying again.
	 *
	 * @param retryAfter at least this long before the next attempt (a {@code Retry-After}); null for the schedule's
	 */
	record Failed(String reason, Duration retryAfter) implements DeliveryResult {
	}

	/**
	 * The outcome is unknown: the message went out whole, then no answer came (the connection dropped before the
	 * server's reply). Sending it again could reach a person twice: it is {@code unconfirmed}, resent only by hand.
	 */
	record Unknown(String reason) implements DeliveryResult {
	}

	/** Failed in a way no retry can fix (a bad address, an endpoint that is gone): dead-lettered at once. */
	record Rejected(String reason) implements DeliveryResult {
	}

	static DeliveryResult delivered() {
		return new Delivered();
	}

}
