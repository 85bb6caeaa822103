package com.sidekickforge.monitor.report.model;

import java.util.List;
import java.util.UUID;

import com.sidekickforge.monitor.quota.QuotaLevel;

/**
 * A client's line in a report of several clients (and the header of its collapsible section).
 *
 * @param level the worst level of its quotas
 * @param errorRatePercent failed actions of the period in percent; null when it had none
 * @param reportPath where its own dashboard is, relative to the admin site
 */
public record ClientSummary(UUID clientId, String clientName, String slug, String tier, String hostingType,
		String provisioningStatus, List<QuotaStatus> quotas, QuotaLevel level, int sidekicks, int sidekicksOnline,
		long periodConversations, int activeWarnings, boolean databaseReachable, Double errorRatePercent,
		String reportPath, String adminUrl) {
}
