package com.sidekickforge.monitor.security;

import java.time.Duration;

/** More requests, or more failed sign-ins, than allowed: answered 429 with {@code Retry-After}. */
public class TooManyRequestsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Duration retryAfter;

	TooManyRequestsException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	/** Whole seconds until the next request is allowed (at least one). */
	public long retryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

}
