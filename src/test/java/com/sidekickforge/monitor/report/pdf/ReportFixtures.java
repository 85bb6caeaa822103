package com.sidekickforge.monitor.report.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sidekickforge.monitor.quota.Quota;
import com.sidekickforge.monitor.quota.QuotaLevel;
import com.sidekickforge.monitor.quota.QuotaMetric;
import com.sidekickforge.monitor.report.model.ClientSummary;
import com.sidekickforge.monitor.report.model.Comparisons;
import com.sidekickforge.monitor.report.model.ConversationAnalytics;
import com.sidekickforge.monitor.report.model.DailyUsage;
import com.sidekickforge.monitor.report.model.HealthSummary;
import com.sidekickforge.monitor.report.model.MonitoringData;
import com.sidekickforge.monitor.report.model.QuotaStatus;
import com.sidekickforge.monitor.report.model.SidekickStatus;
import com.sidekickforge.monitor.report.model.Trend;

/** Report data made by hand, for writers tested without databases (a large scope, odd names). */
final class ReportFixtures {

	private ReportFixtures() {
	}

	static String clientName(int index) {
		return String.format("Client %03d Ltd", index);
	}

	static MonitoringData data(int clients, int sidekicksPerClient) {
		LocalDate first = LocalDate.of(2026, 11, 1);
		Trend trend = Trend.of(120, 100);
		List<ClientSummary> summaries = new ArrayList<>();
		List<SidekickStatus> sidekicks = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			UUID client = new UUID(1, c);
			List<QuotaStatus> quotas = List.of(quota("voice_seconds", 3000 + c, 6000, trend),
					quota("text_messages", 10 * c, 1000, trend), quota("embedding_chunks", 0, 0, trend));
			summaries.add(new ClientSummary(client, clientName(c), "client-" + c, "champion", "shared", "ready", quotas,
					quotas.get(1).level(), sidekicksPerClient, 1, 40 + c, c % 3, true, 1.5, "clients/client-" + c + "/index.html",
					"https://admin.example.com/clients/" + client));
			for (int s = 0; s < sidekicksPerClient; s++) {
				sidekicks.add(new SidekickStatus(new UUID(2, c * 100L + s), "Sidekick " + s + " of " + c, "s-" + s, client,
						clientName(c), (s == 0) ? "online" : "idle", false, s, Instant.parse("2026-11-25T10:00:00Z"),
						quotas.get(0), quotas.get(1), quotas.get(2), 10 + s, 600, 20, 3, "https://admin.example.com", List.of()));
			}
		}
		List<DailyUsage> days = new ArrayList<>();
		for (int d = 0; d < 25; d++) {
			days.add(new DailyUsage(first.plusDays(d), 600 * d, 30 + d, 5, 10 + d, d < 3));
		}
		Map<String, Long> channels = new LinkedHashMap<>(Map.of("text", 300L, "voice", 120L));
		List<Long> hours = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			hours.add((long) (h * (24 - h)));
		}
		List<List<Long>> heatmap = new ArrayList<>();
		for (int w = 0; w < 7; w++) {
			heatmap.add(hours);
		}
		ConversationAnalytics analytics = new ConversationAnalytics(trend, 3.2, 8.1, 120, channels,
				Map.of("not_tracked", 420L), hours, heatmap, false);
		HealthSummary health = new HealthSummary("degraded",
				List.of(new HealthSummary.Problem("LiveKit of acme", "degraded", "slow: 1450 ms (budget 1000 ms)")),
				"healthy", "platform LiveKit",
				List.of(new HealthSummary.DatabaseHealth("platform database", true, null, "healthy", 4L)), "not_checked",
				"not tracked", new HealthSummary.ErrorRate(200, 3, 1.5, List.of()), "",
				Instant.parse("2026-11-25T22:55:00Z"),
				List.of(new HealthSummary.Probe("livekit", "platform LiveKit", "healthy", 35L, null, null, 2),
						new HealthSummary.Probe("livekit", "LiveKit of acme", "degraded", 1450L, null,
								"slow: 1450 ms (budget 1000 ms)", 0)),
				List.of());
		return new MonitoringData(first, LocalDate.of(2026, 11, 25), scopeQuota("voice_seconds", trend),
				scopeQuota("text_messages", trend), scopeQuota("embedding_chunks", trend), sidekicks, 420, 3.2, 8.1,
				channels, Map.of("not_tracked", 420L), false, true, 0, days, "current",
				"Billing period to date, 1 Nov 2026 \u2013 25 Nov 2026", "day", first, Instant.parse("2026-11-25T23:00:00Z"),
				"UTC", new MonitoringData.ScopeInfo("superadmin", "All clients", null, clients), summaries, analytics, health,
				List.of(), List.of(), List.of(), List.of(), List.of(), 3, new Comparisons(Map.of(), List.of(), List.of()), List.of(),
				Map.of(), List.of());
	}

	private static QuotaStatus quota(String metric, long used, long limit, Trend trend) {
		boolean unlimited = limit == 0;
		Double percent = unlimited ? null : new Quota(
				QuotaMetric.ofKey(metric), used, limit).percent();
		QuotaLevel level = unlimited || used * 100 < 60 * limit ? QuotaLevel.GREEN
				: used * 100 > 80 * limit ? QuotaLevel.RED : QuotaLevel.YELLOW;
		return new QuotaStatus(metric, used, limit, unlimited, percent, level, trend, used, "counter snapshots", null,
				null, null);
	}

	private static QuotaStatus scopeQuota(String metric, Trend trend) {
		return new QuotaStatus(metric, 5000, null, false, null, QuotaLevel.RED, trend, 5000, "counter snapshots", null, null,
				Map.of("green", 150, "yellow", 30, "red", 20, "unlimited", 0));
	}

}
