package com.sidekickforge.monitor.report.assembly;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sidekickforge.monitor.report.model.TimelineEvent;
import com.sidekickforge.monitor.report.read.ClientFacts;
import com.sidekickforge.monitor.report.read.TimelineReader;

/** The names a timeline entry is shown with: its client's and its sidekick's, from the client directory. */
public record TimelineNames(Map<UUID, String> clients, Map<UUID, String> agents) {

	public static TimelineNames of(List<ClientFacts> directory) {
		Map<UUID, String> clients = new HashMap<>();
		Map<UUID, String> agents = new HashMap<>();
		for (ClientFacts client : directory) {
			clients.put(client.id(), client.identity().name());
			client.sidekicks().forEach((s) -> agents.put(s.agentId(), s.name()));
		}
		return new TimelineNames(clients, agents);
	}

	/** The seed's {@code ActivityEvent} of an entry; names of clients and sidekicks not in the directory stay null. */
	public TimelineEvent event(TimelineReader.Entry entry) {
		String clientName = (entry.clientId() != null) ? this.clients.get(entry.clientId()) : TimelineEvent.PLATFORM_NAME;
		return new TimelineEvent(entry.id(), entry.eventType(), entry.timestamp(),
				(entry.clientId() != null) ? entry.clientId().toString() : TimelineEvent.PLATFORM,
				(clientName != null) ? clientName : "", entry.agentId(),
				(entry.agentId() != null) ? this.agents.get(entry.agentId()) : null, entry.description(), entry.metadata());
	}

}
