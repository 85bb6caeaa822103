package com.sidekickforge.monitor.report;

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
 * @param activeWarnings the header badge: quotas with an alert of this billing period not recovered
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
		List<DeadLetter> deadLetters, List<DisabledWebhook> disabledWebhooks, int activeWarnings, Comparisons comparisons, List<QuickAction> quickActions,
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

	public List<QuotaStatus> quotas() {
		return List.of(this.voiceQuota, this.textQuota, this.embeddingQuota);
	}

}
