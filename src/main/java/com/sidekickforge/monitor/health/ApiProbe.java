package com.sidekickforge.monitor.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Times a Sidekick Forge endpoint: a few GET requests one after the other, their average and 95th percentile. Any
 * answer below 500 counts as the server answering (a 401 of an endpoint that wants a login is still an answer);
 * every request failing is down, some failing or a slow average is degraded.
 */
final class ApiProbe {

	private final HttpClient http;

	private final Duration timeout;

	private final Duration budget;

	private final int requests;

	ApiProbe(Duration timeout, Duration budget, int requests) {
		this.timeout = timeout;
		this.budget = budget;
		this.requests = requests;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	ProbeResult probe(URI url) {
		List<Long> times = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < this.requests; i++) {
			long started = System.nanoTime();
			try {
				HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(url).timeout(this.timeout).GET().build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() >= 500) {
					failures.add("HTTP " + response.statusCode());
				}
				else {
					times.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
				}
			}
			catch (IOException ex) {
				failures.add(ex.getClass().getSimpleName());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return ProbeResult.down("interrupted", null);
			}
		}
		if (times.isEmpty()) {
			return ProbeResult.down("no answer to " + this.requests + " requests (" + String.join(", ", failures) + ")",
					null);
		}
		long average = Math.round(times.stream().mapToLong(Long::longValue).average().orElse(0));
		long p95 = percentile(times, 95);
		List<String> reasons = new ArrayList<>();
		if (!failures.isEmpty()) {
			reasons.add(failures.size() + " of " + this.requests + " requests failed (" + String.join(", ", failures) + ")");
		}
		if (average > this.budget.toMillis()) {
			reasons.add("slow: " + average + " ms on average (budget " + this.budget.toMillis() + " ms)");
		}
		return new ProbeResult(reasons.isEmpty() ? ProbeStatus.HEALTHY : ProbeStatus.DEGRADED, average, p95,
				reasons.isEmpty() ? null : String.join("; ", reasons), List.of());
	}

	/** Nearest-rank percentile. */
	static long percentile(List<Long> values, int percent) {
		List<Long> sorted = values.stream().sorted().toList();
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

}
