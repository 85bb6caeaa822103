package com.sidekickforge.monitor.report.read;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.sidekickforge.monitor.quota.ClientQuotas;
import com.sidekickforge.monitor.source.ClientIdentity;

/**
 * What the platform and tenant databases say about a client right now: who it is, its quotas of the billing
 * period, its sidekicks, and whether its tenant database could be read.
 *
 * @param databaseError why its tenant database could not be read; null when it could
 */
public record ClientFacts(ClientIdentity identity, String provisioningStatus, ClientQuotas quotas,
		List<SidekickFacts> sidekicks, String databaseError) {

	public UUID id() {
		return this.identity.id();
	}

	public boolean ready() {
		return "ready".equals(this.provisioningStatus);
	}

	/**
	 * A sidekick of the client.
	 *
	 * @param deleted gone from the tenant's {@code agents} while usage rows of it remain
	 * @param voiceUsed its billing-period {@code agent_usage} counters
	 * @param lastActivity its newest conversation or session
	 * @param activeConversations conversations with activity inside the online window
	 */
	public record SidekickFacts(UUID agentId, String name, String slug, boolean enabled, boolean deleted, long voiceUsed,
			long textUsed, long chunksUsed, Instant lastActivity, long activeConversations) {
	}

}
