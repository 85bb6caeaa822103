package com.sidekickforge.monitor.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * A token bucket per key (a token's hash, or the address of someone sending wrong tokens): a burst of the
 * per-minute allowance, then one request per {@code 60 s / allowance}. Per node: with several nodes behind a
 * balancer, a caller gets each node's allowance.
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

	private record Bucket(double tokens, long at) {
	}

}
