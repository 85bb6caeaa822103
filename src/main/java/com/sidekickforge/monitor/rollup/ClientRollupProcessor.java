package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.sidekickforge.monitor.source.DayRange;

/**
 * Step 3b, per batch of clients: the days between a client's first and latest snapshot, from its
 * snapshots (differences, spread over missed days, resets), month by month. Clients whose source database
 * could not be read are left as they were (filtered out), to be done by the restart.
 */
class ClientRollupProcessor implements ItemProcessor<List<UUID>, List<ClientRollup>> {

	private final RollupPlan plan;

	private final Set<String> failedSources;

	private final UsageSnapshots snapshots;

	ClientRollupProcessor(RollupPlan plan, Set<String> failedSources, UsageSnapshots snapshots) {
		this.plan = plan;
		this.failedSources = failedSources;
		this.snapshots = snapshots;
	}

	@Override
	public List<ClientRollup> process(List<UUID> batch) {
		List<UUID> clients = batch.stream()
			.filter((client) -> !this.failedSources.contains(client.toString())
					&& !this.failedSources.contains("platform"))
			.toList();
		if (clients.isEmpty()) {
			return null;
		}
		// Two questions per batch, ids as an array (a long IN list made PostgreSQL scan).
		Map<UUID, LocalDate[]> bounds = this.snapshots.snapshotBounds(clients);
		DayRange planned = this.plan.range();
		LocalDate last = planned.last();
		for (LocalDate[] b : bounds.values()) {
			if (b[1] != null && b[1].isAfter(last)) {
				last = b[1];
			}
		}
		Map<UUID, List<SnapshotReading>> readings = this.snapshots.snapshots(clients,
				YearMonth.from(planned.first()).atDay(1), last);
		List<ClientRollup> rollups = new ArrayList<>(clients.size());
		for (UUID client : clients) {
			rollups.add(rollup(client, bounds.getOrDefault(client, new LocalDate[2]),
					readings.getOrDefault(client, List.of())));
		}
		return rollups;
	}

	private ClientRollup rollup(UUID client, LocalDate[] bounds, List<SnapshotReading> readings) {
		// Through the client's latest snapshot too: a day rolled up late (out of order) can change later days.
		DayRange range = this.plan.range();
		if (bounds[1] != null && bounds[1].isAfter(range.last())) {
			range = new DayRange(range.first(), bounds[1], range.zone());
		}
		Map<YearMonth, List<SnapshotReading>> byPeriod = new HashMap<>();
		for (SnapshotReading reading : readings) {
			if (!reading.date().isAfter(range.last())) {
				byPeriod.computeIfAbsent(YearMonth.from(reading.date()), (m) -> new ArrayList<>()).add(reading);
			}
		}
		List<DailyUsageRow> rows = new ArrayList<>();
		for (YearMonth month = YearMonth.from(range.first()); !month.isAfter(YearMonth.from(range.last())); month = month
			.plusMonths(1)) {
			// No event sums: the estimated days are not this step's (the daily_usage view reads them from
			// event_daily), so the derivation yields only snapshot and spread rows.
			rows.addAll(DailyUsageDerivation.derive(client, month, byPeriod.getOrDefault(month, List.of()), bounds[0],
					Map.of(), range));
		}
		// The days this step owns, period by period: after the first snapshot and up to the latest snapshot of
		// their period (the view adds the estimated others).
		List<DayRange> owned = new ArrayList<>();
		for (var period : byPeriod.entrySet()) {
			LocalDate first = max(max(period.getKey().atDay(1), bounds[0].plusDays(1)), range.first());
			LocalDate lastOwned = min(period.getValue().getLast().date(), range.last());
			if (!lastOwned.isBefore(first)) {
				owned.add(new DayRange(first, lastOwned, range.zone()));
			}
		}
		return new ClientRollup(client, owned, rows);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/** The source databases (keys: "platform" or a client id) whose event units failed in this run. */
	static Set<String> failedSources(String failedUnits) {
		Set<String> sources = new HashSet<>();
		for (String unit : ((failedUnits != null) ? failedUnits : "").split(",")) {
			if (!unit.isEmpty()) {
				sources.add(unit.substring(0, unit.indexOf(':')));
			}
		}
		return sources;
	}

	static Set<String> failedSources(ExecutionContext job) {
		return failedSources(job.containsKey(EventTasklet.FAILED) ? job.getString(EventTasklet.FAILED) : null);
	}

}
