package com.sidekickforge.monitor.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * A token bucket per key (a caller, or the address of someone sending wrong tokens): a burst of the per-minute
 * allowance, then one request per {@code 60 s / allowance}. Per node: with several nodes behind a balancer, a caller
 * gets each node's allowance. Kept here rather than a library's (Bucket4j): thirty lines, no distributed store
 * needed for a per-node limit, and tested by the API tests.
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
	 * @return zero when allowed, else how long until the next request is
	 */
	Duration take(String key, int perMinute) {
		// Elapsed time, not the configured clock: a replay's fixed "now" (forge.now) must not stop the refill.
		long now = System.nanoTime() / 1_000_000;
		Duration[] wait = { Duration.ZERO };
		this.buckets.compute(key, (k, bucket) -> {
			double refillPerMs = perMinute / 60_000.0;
			double tokens = (bucket == null) ? perMinute
					: Math.min(perMinute, bucket.tokens() + (now - bucket.at()) * refillPerMs);
			if (tokens >= 1) {
				return new Bucket(tokens - 1, now);
			}
			wait[0] = Duration.ofMillis((long) Math.ceil((1 - tokens) / refillPerMs));
			return new Bucket(tokens, now);
		});
		return wait[0];
	}

	/**
	 * How long until the key's bucket has a request again, without taking one: zero when it has one now.
	 */
	Duration waiting(String key, int perMinute) {
		Bucket bucket = this.buckets.get(key);
		if (bucket == null) {
			return Duration.ZERO;
		}
		double refillPerMs = perMinute / 60_000.0;
		double tokens = Math.min(perMinute, bucket.tokens() + (System.nanoTime() / 1_000_000 - bucket.at()) * refillPerMs);
		return (tokens >= 1) ? Duration.ZERO : Duration.ofMillis((long) Math.ceil((1 - tokens) / refillPerMs));
	}

	private record Bucket(double tokens, long at) {
	}

}
