package com.sidekickforge.monitor.report.read;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sidekickforge.monitor.quota.QuotaMetric;

/**
 * Each tier's number of clients and their average use of each quota in the billing period, worked out once per
 * run: every scope's comparison asks for its tier, and asking all clients again for each was quadratic in them.
 */
public record TierAverages(Map<String, Tier> tiers) {

	/** A tier's clients and their average use by metric key (rounded to a whole unit). */
	public record Tier(int clients, Map<String, Long> average) {
	}

	public static TierAverages of(List<ClientFacts> clients) {
		Map<String, long[]> sums = new HashMap<>();
		Map<String, Integer> counts = new HashMap<>();
		QuotaMetric[] metrics = QuotaMetric.values();
		for (ClientFacts client : clients) {
			String tier = client.identity().tier();
			long[] sum = sums.computeIfAbsent(tier, (t) -> new long[metrics.length]);
			for (int i = 0; i < metrics.length; i++) {
				sum[i] += client.quotas().quota(metrics[i]).used();
			}
			counts.merge(tier, 1, Integer::sum);
		}
		Map<String, Tier> tiers = new HashMap<>();
		sums.forEach((tier, sum) -> {
			int count = counts.get(tier);
			Map<String, Long> average = new LinkedHashMap<>();
			for (int i = 0; i < metrics.length; i++) {
				average.put(metrics[i].key(), Math.round((double) sum[i] / count));
			}
			tiers.put(tier, new Tier(count, Map.copyOf(average)));
		});
		return new TierAverages(Map.copyOf(tiers));
	}

	public Tier of(String tier) {
		return this.tiers.get(tier);
	}

}
