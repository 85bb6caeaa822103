package com.sidekickforge.monitor.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed message is tried again: the Standard Webhooks schedule by default (immediately, 5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h), each wait stretched or shortened by up to 10 % at random so
 * that many messages failing together do not all come back at the same instant.
 *
 * @param delays the wait before each attempt; the first is the first attempt's (normally none)
 */
public record RetrySchedule(List<Duration> delays, RandomGenerator random) {

	public static final List<Duration> STANDARD_WEBHOOKS = List.of(Duration.ZERO, Duration.ofSeconds(5),
			Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
			Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24));

	public RetrySchedule {
		if (delays.isEmpty()) {
			throw new IllegalArgumentException("a retry schedule needs at least one attempt");
		}
		delays = List.copyOf(delays);
	}

	/** How many attempts a message gets before it is dead-lettered. */
	public int attempts() {
		return this.delays.size();
	}

	/**
	 * The wait before the next attempt after {@code attemptsMade} failed ones, at least {@code atLeast} (null:
	 * no minimum); empty when no attempt is left.
	 */
	public Optional<Duration> next(int attemptsMade, Duration atLeast) {
		if (attemptsMade >= this.delays.size()) {
			return Optional.empty();
		}
		Duration delay = this.delays.get(attemptsMade);
		long millis = delay.toMillis();
		long jittered = millis + (long) (millis * 0.1 * (this.random.nextDouble() * 2 - 1));
		Duration wait = Duration.ofMillis(Math.max(0, jittered));
		return Optional.of((atLeast != null && atLeast.compareTo(wait) > 0) ? atLeast : wait);
	}

}
