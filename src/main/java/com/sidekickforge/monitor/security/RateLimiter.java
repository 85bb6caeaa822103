package com.sidekickforge.monitor.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * A token bucket per key (a caller, or the address of someone sending wrong tokens): a burst of the per-minute
 * allowance, then one request per {@code 60 s / allowance}. A refused key is held for the whole seconds its
 * {@code Retry-After} announced, so a client that obeys the header is never refused twice and one that does not
 * learns nothing sooner. Per node: with several nodes behind a balancer, a caller gets each node's allowance. Kept
 * here rather than a library's (Bucket4j): a few dozen lines, no distributed store needed for a per-node limit, and
 * tested by the API tests.
 */
@Component
@ConditionalOnWebApplication
class RateLimiter {

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	RateLimiter() {
	}

	/**
	 * Takes one request from the key's bucket.
	 *
	 * @return zero when allowed, else how long until the next request is (whole seconds)
	 */
	Duration take(String key, int perMinute) {
		long now = now();
		Duration[] wait = { Duration.ZERO };
		this.buckets.compute(key, (k, bucket) -> {
			Bucket current = (bucket == null) ? new Bucket(perMinute, now, now) : bucket.refilled(perMinute, now);
			if (current.heldUntil() <= now && current.tokens() >= 1) {
				return new Bucket(current.tokens() - 1, now, current.heldUntil());
			}
			Bucket held = current.held(perMinute, now);
			wait[0] = Duration.ofMillis(held.heldUntil() - now);
			return held;
		});
		return wait[0];
	}

	/**
	 * How long until the key's bucket has a request again, without taking one: zero when it has one now, else whole
	 * seconds (the key is held that long).
	 */
	Duration waiting(String key, int perMinute) {
		long now = now();
		Duration[] wait = { Duration.ZERO };
		this.buckets.computeIfPresent(key, (k, bucket) -> {
			Bucket current = bucket.refilled(perMinute, now);
			if (current.heldUntil() <= now && current.tokens() >= 1) {
				return current;
			}
			Bucket held = current.held(perMinute, now);
			wait[0] = Duration.ofMillis(held.heldUntil() - now);
			return held;
		});
		return wait[0];
	}

	// Elapsed time, not the configured clock: a replay's fixed "now" (forge.now) must not stop the refill.
	private static long now() {
		return System.nanoTime() / 1_000_000;
	}

	/** Tokens left at {@code at} (milliseconds of elapsed time), and the moment a refused key may ask again. */
	private record Bucket(double tokens, long at, long heldUntil) {

		Bucket refilled(int perMinute, long now) {
			return new Bucket(Math.min(perMinute, this.tokens + (now - this.at) * perMinute / 60_000.0), now,
					this.heldUntil);
		}

		/** Held until a token is back, rounded up to the whole seconds a Retry-After can say (at least one). */
		Bucket held(int perMinute, long now) {
			if (this.heldUntil > now) {
				return this;
			}
			long untilToken = (long) Math.ceil((1 - this.tokens) * 60_000.0 / perMinute);
			long seconds = Math.max(1, (untilToken + 999) / 1000);
			return new Bucket(this.tokens, now, now + seconds * 1000);
		}

	}

}
