package com.sidekickforge.monitor.rollup;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import com.sidekickforge.monitor.source.AgentDayAmount;
import com.sidekickforge.monitor.source.DayRange;
import com.sidekickforge.monitor.source.SourcePartition;
import com.sidekickforge.monitor.source.UsageEventReader;
import com.sidekickforge.monitor.source.UsageMetric;

/**
 * Reads one {@link EventUnit}'s events and replaces what the store had for it. Rows of tenant tables are
 * given their client: the database's own client, or, in the platform database, the client
 * {@code agent_usage} ties the sidekick to.
 */
final class EventReading {

	private final EventDays eventDays;

	/** Client of each sidekick of the platform database (not of clients with their own database). */
	private final Map<UUID, UUID> platformAgents;

	private final Set<UUID> dedicated;

	EventReading(EventDays eventDays, Map<UUID, UUID> platformAgents, Set<UUID> dedicated) {
		this.eventDays = eventDays;
		this.platformAgents = platformAgents;
		this.dedicated = dedicated;
	}

	/** Reads and stores the unit; returns the rows stored. */
	long run(EventUnit unit, DayRange range, UUID onlyClient) {
		SourcePartition partition = unit.partition();
		UsageEventReader reader = new UsageEventReader(partition.dataSource());
		String source = partition.key();
		return switch (unit.kind()) {
			case VOICE -> {
				try (ReplacedRows rows = this.eventDays.amounts(source,
						List.of(UsageMetric.VOICE_SECONDS, UsageMetric.VOICE_SESSIONS), range, onlyClient)) {
					reader.voice(range, (amount) -> {
						if (onlyClient == null || onlyClient.equals(amount.clientId())) {
							EventDays.add(rows, source, amount);
						}
					});
					yield rows.flush();
				}
			}
			case TEXT, CHUNKS -> {
				UsageMetric metric = (unit.kind() == EventUnit.Kind.TEXT) ? UsageMetric.TEXT_MESSAGES
						: UsageMetric.EMBEDDING_CHUNKS;
				try (ReplacedRows rows = this.eventDays.amounts(source, List.of(metric), range, onlyClient)) {
					Consumer<AgentDayAmount> sink = (amount) -> {
						UUID client = clientOf(partition, amount.agentId());
						if (client != null && (onlyClient == null || onlyClient.equals(client))) {
							EventDays.add(rows, source, amount.withClient(client));
						}
					};
					if (metric == UsageMetric.TEXT_MESSAGES) {
						reader.textMessages(range, sink);
					}
					else {
						reader.embeddingChunks(range, sink);
					}
					yield rows.flush();
				}
			}
			case CONVERSATIONS -> {
				try (ReplacedRows rows = this.eventDays.conversations(source, range, onlyClient)) {
					reader.conversations(range, (count) -> {
						UUID client = clientOf(partition, count.agentId());
						if (client != null && (onlyClient == null || onlyClient.equals(client))) {
							EventDays.add(rows, source, client, count);
						}
					});
					yield rows.flush();
				}
			}
		};
	}

	private UUID clientOf(SourcePartition partition, UUID agent) {
		if (!partition.isPlatform()) {
			return partition.client().id();
		}
		UUID client = this.platformAgents.get(agent);
		return (client != null && !this.dedicated.contains(client)) ? client : null;
	}

}
