package com.sidekickforge.monitor.report.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.sidekickforge.monitor.run.RunHistory;

/**
 * Everything a report run read, for all clients and every period it builds: read once, then sliced per scope
 * and period in memory, so a thousand clients' reports cost one set of queries.
 *
 * @param first the first day any of the periods (or their previous periods) needs
 * @param unreachable source databases that could not be read, by partition key, with the reason
 * @param timeline the newest events per client (key null: events of no client)
 * @param recentRuns the newest job runs (platform-wide: only a report of all clients shows them)
 * @param history the days recorded history covers (trends compare only within it)
 * @param tierAverages every tier's clients and average use, for the comparisons of each scope
 */
public record ReportDataset(Instant asOf, LocalDate asOfDay, ZoneId zone, LocalDate first, List<ClientFacts> clients,
		Map<String, String> unreachable, Map<UUID, ClientActivity> activity, Map<UUID, List<TimelineReader.Entry>> timeline,
		AlertFacts alerts, List<RunHistory.Run> recentRuns, HealthFacts health,
		HistoryCoverage history, TierAverages tierAverages) {

	public Optional<ClientFacts> client(UUID id) {
		return this.clients.stream().filter((c) -> c.id().equals(id)).findFirst();
	}

	public ClientActivity activityOf(UUID client) {
		return this.activity.getOrDefault(client, new ClientActivity());
	}

}
