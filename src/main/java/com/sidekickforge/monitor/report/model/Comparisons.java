package com.sidekickforge.monitor.report.model;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Comparisons a report offers: the period against the previous one, sidekicks against each other, and each
 * client against the average of its tier.
 */
public record Comparisons(Map<String, Trend> periodVsPrevious, List<SidekickShare> sidekicks,
		List<TierComparison> tierAverages) {

	/** A sidekick's share of its client's usage in the period, busiest first. */
	public record SidekickShare(UUID agentId, String agentName, String clientName, long conversations,
			long voiceSeconds, long textMessages, long embeddingChunks, double shareOfClientPercent) {
	}

	/**
	 * A client's billing-period use against the average of its tier. The average is only shown when the tier
	 * has enough clients that it cannot reveal another client's numbers.
	 *
	 * @param tierAverage per metric; null when the tier is too small to compare with
	 */
	public record TierComparison(UUID clientId, String clientName, String tier, int tierClients,
			Map<String, Long> used, Map<String, Long> tierAverage, String note) {
	}

}
