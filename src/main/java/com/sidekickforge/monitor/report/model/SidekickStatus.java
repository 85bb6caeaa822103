package com.sidekickforge.monitor.report.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One sidekick's card: the seed's {@code SidekickStatus} plus the chosen period's figures and links.
 *
 * @param status {@code online}, {@code idle} or {@code offline}
 * @param deleted the sidekick is gone from the tenant's agents but its usage of the period remains
 * @param voiceUsage its own billing-period use against its client's limit
 * @param periodConversations conversations started in the chosen period
 * @param detailsUrl "View details" in the Sidekick Forge admin
 */
public record SidekickStatus(UUID agentId, String agentName, String agentSlug, UUID clientId, String clientName,
		String status, boolean deleted, long activeConversations, Instant lastActivity, QuotaStatus voiceUsage,
		QuotaStatus textUsage, QuotaStatus embeddingUsage, long periodConversations, long periodVoiceSeconds,
		long periodTextMessages, long periodEmbeddingChunks, String detailsUrl, List<QuickAction> actions) {
}
