package com.sidekickforge.monitor.demo;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.util.Assert;

/**
 * What a person asked the demo for.
 *
 * @param notAfter nothing later than this is generated (now, when the as-of day is today)
 */
public record DemoRequest(long seed, int clients, LocalDate asOf, Instant notAfter) {

	public DemoRequest {
		Assert.isTrue(clients >= 1 && clients <= 100_000, "clients must be between 1 and 100000");
		Assert.notNull(asOf, "asOf must not be null");
		Assert.notNull(notAfter, "notAfter must not be null");
	}

}
