package com.sidekickforge.monitor.sampledata;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One generated client and how it behaves: its tier, how much of each quota it uses by the as-of day,
 * how fast it grew, and the special case it stands for in the demo, if any.
 *
 * @param voiceUse fraction of the voice limit (or of a busy month when unlimited) used by the as-of day
 * @param monthlyGrowth activity of a month divided by that of the month before
 * @param legacyConversations its tenant's {@code conversations} has the optional columns of older tenants
 * @param embeddingCounterStuck its embedding counter stays 0 while chunks grow (a tracking gap)
 * @param quiet no activity at all
 * @param role a few words on why this client is in the demo, for the summary (empty for ordinary ones)
 */
public record ClientProfile(int index, UUID id, String name, String slug, String tier, boolean dedicated,
		String provisioningStatus, String subscriptionStatus, ZoneId localZone, Instant createdAt, int sidekicks,
		double voiceUse, double textUse, double chunkUse, double monthlyGrowth, boolean legacyConversations,
		boolean embeddingCounterStuck, boolean quiet, boolean deletesSidekick, boolean disablesSidekick,
		UUID ownerUserId, String ownerEmail, String livekitUrl, String role) {

	public String hostingType() {
		return this.dedicated ? "dedicated" : "shared";
	}

}
