package com.sidekickforge.monitor.report.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.sidekickforge.monitor.run.RunHistory;

/**
 * Everything a dashboard shows for one scope and one period: the seed's {@code MonitoringData} fields first
 * (names fixed by DESIGN.md section 5), then what Forge Monitor adds. Written as JSON in snake_case.
 *
 * @param livekitHealthy whether the scope's LiveKit was healthy at the newest fresh check (false when not checked;
 * {@code health.livekit} then says {@code not_checked})
 * @param databaseHealthy whether every source database in scope answered while the report was built
 * @param activeVoiceSessions voice sessions at the newest fresh check (0 when not checked)
 * @param dailyUsage one entry per trend bucket of the period
 * @param asOf the moment the report describes
 * @param activeWarnings the header badge: quotas of this billing period with a threshold alert not recovered or a
 * projected exhaustion, and sidekicks' unusual days of the day last judged
 * @param emptyStates what to say where a section has nothing to show, keyed by section
 * @param disabledWebhooks endpoints a 410 disabled, in the report of all clients only
 * @param recentRuns the newest job runs that had ended, in a report of all clients only (they belong to no client)
 */
public record MonitoringData(LocalDate periodStart, LocalDate periodEnd, QuotaStatus voiceQuota,
		QuotaStatus textQuota, QuotaStatus embeddingQuota, List<SidekickStatus> sidekicks, long totalConversations,
		double avgConversationDurationMinutes, double avgMessagesPerConversation,
		Map<String, Long> conversationsByChannel, Map<String, Long> conversationsByStatus, boolean livekitHealthy,
		boolean databaseHealthy, int activeVoiceSessions, List<DailyUsage> dailyUsage, String period,
		String periodLabel, String bucket, LocalDate billingPeriodStart, Instant asOf, String timezone,
		ScopeInfo scope, List<ClientSummary> clients, ConversationAnalytics conversations, HealthSummary health,
		List<TimelineEvent> activity, List<GapItem> trackingGaps, List<AlertItem> alerts,
		List<DeadLetter> deadLetters, List<DisabledWebhook> disabledWebhooks, int activeWarnings,
		Comparisons comparisons, List<QuickAction> quickActions,
		Map<String, String> emptyStates, List<RunHistory.Run> recentRuns) {

	/**
	 * Who the report is for.
	 *
	 * @param role superadmin, admin or subscriber
	 * @param label "All clients" or the client's name
	 * @param clientSlug the client's slug when the scope is one client
	 */
	public record ScopeInfo(String role, String label, String clientSlug, int clientCount) {
	}

	/** When the model is for: the chosen period, its trend buckets and billing period, the moment and the zone. */
	public record Window(LocalDate periodStart, LocalDate periodEnd, String period, String periodLabel, String bucket,
			LocalDate billingPeriodStart, Instant asOf, String timezone) {
	}

	/** What was used: the three quotas, the sidekicks' cards and the usage of each trend bucket. */
	public record Usage(QuotaStatus voiceQuota, QuotaStatus textQuota, QuotaStatus embeddingQuota,
			List<SidekickStatus> sidekicks, List<DailyUsage> dailyUsage) {
	}

	/** How conversations went: the seed's totals and averages, and the analytics Forge Monitor adds. */
	public record Conversations(long total, double avgDurationMinutes, double avgMessagesPerConversation,
			Map<String, Long> byChannel, Map<String, Long> byStatus, ConversationAnalytics analytics) {
	}

	/** Whether the platform is healthy, and, in the report of all clients, the jobs that ran. */
	public record Platform(boolean livekitHealthy, boolean databaseHealthy, int activeVoiceSessions,
			HealthSummary health, List<RunHistory.Run> recentRuns) {
	}

	/** What was announced or went wrong: alerts, tracking gaps, undelivered messages and the header badge. */
	public record Alerts(List<AlertItem> alerts, List<GapItem> trackingGaps, List<DeadLetter> deadLetters,
			List<DisabledWebhook> disabledWebhooks, int activeWarnings) {
	}

	/** What to do next: links into the admin, and what to say where a section has nothing to show. */
	public record Guidance(List<QuickAction> quickActions, Map<String, String> emptyStates) {
	}

	/** The model from its named sections, in the order of the JSON the seed fixed. */
	public static MonitoringData of(Window window, ScopeInfo scope, Usage usage, Conversations conversations,
			Platform platform, Alerts alerts, List<ClientSummary> clients, List<TimelineEvent> activity,
			Comparisons comparisons, Guidance guidance) {
		return new MonitoringData(window.periodStart(), window.periodEnd(), usage.voiceQuota(), usage.textQuota(),
				usage.embeddingQuota(), usage.sidekicks(), conversations.total(), conversations.avgDurationMinutes(),
				conversations.avgMessagesPerConversation(), conversations.byChannel(), conversations.byStatus(),
				platform.livekitHealthy(), platform.databaseHealthy(), platform.activeVoiceSessions(),
				usage.dailyUsage(), window.period(), window.periodLabel(), window.bucket(), window.billingPeriodStart(),
				window.asOf(), window.timezone(), scope, clients, conversations.analytics(), platform.health(),
				activity, alerts.trackingGaps(), alerts.alerts(), alerts.deadLetters(), alerts.disabledWebhooks(),
				alerts.activeWarnings(), comparisons, guidance.quickActions(), guidance.emptyStates(),
				platform.recentRuns());
	}

	public List<QuotaStatus> quotas() {
		return List.of(this.voiceQuota, this.textQuota, this.embeddingQuota);
	}

}
