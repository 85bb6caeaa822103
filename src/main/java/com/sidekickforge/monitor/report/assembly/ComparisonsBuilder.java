package com.sidekickforge.monitor.report.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sidekickforge.monitor.quota.QuotaMetric;
import com.sidekickforge.monitor.report.model.Comparisons;
import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.model.Trend;
import com.sidekickforge.monitor.report.read.ClientFacts;
import com.sidekickforge.monitor.report.read.HistoryCoverage;
import com.sidekickforge.monitor.report.read.TierAverages;

/** Builds the comparisons section: period against previous, sidekicks against each other, clients against their tier. */
final class ComparisonsBuilder {

	/** Sidekicks listed in the comparison: the busiest. */
	static final int SIDEKICKS = 20;

	private final int tierMinimum;

	ComparisonsBuilder(int tierMinimum) {
		this.tierMinimum = tierMinimum;
	}

	/**
	 * @param inScope the scope's clients
	 * @param tierAverages all clients' tiers (only ever shown as an average of enough clients)
	 */
	Comparisons of(PeriodFigures now, PeriodFigures previous, HistoryCoverage history, ReportPeriod period,
			List<ClientFacts> inScope, TierAverages tierAverages, Map<UUID, PeriodFigures> perClient) {
		Map<String, Trend> periods = new LinkedHashMap<>();
		for (QuotaMetric metric : QuotaMetric.values()) {
			periods.put(metric.key(), history.trend(period, now.used(metric), previous.used(metric)));
		}
		periods.put("conversations", history.trend(period, now.conversations, previous.conversations));
		return new Comparisons(periods, sidekicks(inScope, perClient), tiers(inScope, tierAverages));
	}

	private static List<Comparisons.SidekickShare> sidekicks(List<ClientFacts> clients,
			Map<UUID, PeriodFigures> perClient) {
		List<Comparisons.SidekickShare> shares = new ArrayList<>();
		for (ClientFacts client : clients) {
			PeriodFigures figures = perClient.get(client.id());
			for (ClientFacts.SidekickFacts sidekick : client.sidekicks()) {
				long conversations = figures.sidekick(sidekick.agentId(), PeriodFigures.CONVERSATIONS);
				double share = (figures.conversations == 0) ? 0
						: PeriodFigures.round2(conversations * 100.0 / figures.conversations);
				shares.add(new Comparisons.SidekickShare(sidekick.agentId(), sidekick.name(), client.identity().name(),
						conversations, figures.sidekick(sidekick.agentId(), 0), figures.sidekick(sidekick.agentId(), 1),
						figures.sidekick(sidekick.agentId(), 2), share));
			}
		}
		shares.sort(Comparator.comparingLong(Comparisons.SidekickShare::conversations)
			.thenComparingLong(Comparisons.SidekickShare::textMessages)
			.thenComparingLong(Comparisons.SidekickShare::voiceSeconds)
			.reversed());
		return List.copyOf(shares.subList(0, Math.min(SIDEKICKS, shares.size())));
	}

	private List<Comparisons.TierComparison> tiers(List<ClientFacts> inScope, TierAverages averages) {
		List<Comparisons.TierComparison> tiers = new ArrayList<>();
		for (ClientFacts client : inScope) {
			String tier = client.identity().tier();
			TierAverages.Tier peers = averages.of(tier);
			Map<String, Long> used = new LinkedHashMap<>();
			Map<String, Long> average = new LinkedHashMap<>();
			for (QuotaMetric metric : QuotaMetric.values()) {
				used.put(metric.key(), client.quotas().quota(metric).used());
				average.put(metric.key(), peers.average().get(metric.key()));
			}
			boolean enough = peers.clients() >= this.tierMinimum;
			tiers.add(new Comparisons.TierComparison(client.id(), client.identity().name(), tier, enough ? peers.clients() : 0,
					used, enough ? average : null, enough ? null
							: "Fewer than " + this.tierMinimum + " clients on this tier: no average is shown, so that no"
									+ " other client's usage can be worked out from it"));
		}
		return tiers;
	}

}
