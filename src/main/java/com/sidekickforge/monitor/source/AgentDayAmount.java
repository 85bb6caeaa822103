package com.sidekickforge.monitor.source;

import java.time.LocalDate;
import java.util.UUID;

/**
 * How much of a metric one sidekick used on one day, as the event tables tell.
 *
 * @param clientId the client, where the events name it (LiveKit metadata); null where only the database
 * or {@code agent_usage} can tell
 */
public record AgentDayAmount(UUID clientId, UUID agentId, LocalDate day, UsageMetric metric, long amount) {

	public AgentDayAmount withClient(UUID client) {
		return new AgentDayAmount(client, this.agentId, this.day, this.metric, this.amount);
	}

}
