package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.source.DayRange;

/**
 * Step 3, per batch of clients: daily usage over the run's range from its snapshots and event sums, month by month,
 * and the comparison of its counters with its events for D's period. Clients whose source database could
 * not be read are left as they were (filtered out), to be done by the restart.
 */
class ClientRollupProcessor implements ItemProcessor<List<UUID>, List<ClientRollup>> {

	private final RollupPlan plan;

	private final Set<String> failedSources;

	private final UsageSnapshots snapshots;

	private final EventDays eventDays;

	private final ForgeProperties.Rollup settings;

	ClientRollupProcessor(RollupPlan plan, Set<String> failedSources, UsageSnapshots snapshots, EventDays eventDays,
			ForgeProperties.Rollup settings) {
		this.plan = plan;
		this.failedSources = failedSources;
		this.snapshots = snapshots;
		this.eventDays = eventDays;
		this.settings = settings;
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
		// Four questions to the store per client: each by primary key. (One question for the whole batch
		// with "client_id IN (...)" was five times slower on PostgreSQL at 10 000 clients: it scans.)
		List<ClientRollup> rollups = new ArrayList<>(clients.size());
		for (UUID client : clients) {
			List<UUID> one = List.of(client);
			LocalDate[] bound = this.snapshots.snapshotBounds(one).getOrDefault(client, new LocalDate[2]);
			DayRange range = this.plan.range();
			if (bound[1] != null && bound[1].isAfter(range.last())) {
				range = new DayRange(range.first(), bound[1], range.zone());
			}
			rollups.add(rollup(client, bound, this.eventDays.estimates(one, range).getOrDefault(client, Map.of()),
					this.snapshots.snapshots(one, YearMonth.from(range.first()).atDay(1), range.last())
						.getOrDefault(client, List.of()),
					this.snapshots.readingTotals(one, this.plan.periodStart()).getOrDefault(client, Counters.ZERO)));
		}
		return rollups;
	}

	private ClientRollup rollup(UUID client, LocalDate[] bounds, Map<UUID, Map<LocalDate, Counters>> estimates,
			List<SnapshotReading> readings, Counters counters) {
		// Through the client's latest snapshot too: a day rolled up late (out of order) can change later days.
		DayRange range = this.plan.range();
		if (bounds[1] != null && bounds[1].isAfter(range.last())) {
			range = new DayRange(range.first(), bounds[1], range.zone());
		}
		Map<YearMonth, List<SnapshotReading>> byPeriod = new HashMap<>();
		for (SnapshotReading reading : readings) {
			byPeriod.computeIfAbsent(YearMonth.from(reading.date()), (m) -> new ArrayList<>()).add(reading);
		}
		List<DailyUsageRow> rows = new ArrayList<>();
		for (YearMonth month = YearMonth.from(range.first()); !month.isAfter(YearMonth.from(range.last())); month = month
			.plusMonths(1)) {
			rows.addAll(DailyUsageDerivation.derive(client, month, byPeriod.getOrDefault(month, List.of()), bounds[0],
					estimates, range));
		}
		DayRange reconciled = this.plan.reconciled();
		List<TrackingGap> gaps = TrackingGap.between(client, this.plan.periodStart(), reconciled.last(), counters,
				totals(estimates, reconciled), this.settings.tolerancePercent(), this.settings.toleranceMinimum());
		return new ClientRollup(client, range, rows, this.plan.periodStart(), gaps);
	}

	/** The source databases (keys: "platform" or a client id) whose event units failed in this run. */
	static Set<String> failedSources(String failedUnits) {
		Set<String> sources = new java.util.HashSet<>();
		for (String unit : ((failedUnits != null) ? failedUnits : "").split(",")) {
			if (!unit.isEmpty()) {
				sources.add(unit.substring(0, unit.indexOf(':')));
			}
		}
		return sources;
	}

	static Set<String> failedSources(org.springframework.batch.infrastructure.item.ExecutionContext job) {
		return failedSources(job.containsKey(EventTasklet.FAILED) ? job.getString(EventTasklet.FAILED) : null);
	}

	private static Counters totals(Map<UUID, Map<LocalDate, Counters>> estimates, DayRange days) {
		Counters total = Counters.ZERO;
		for (Map<LocalDate, Counters> perDay : estimates.values()) {
			for (Map.Entry<LocalDate, Counters> day : perDay.entrySet()) {
				if (days.contains(day.getKey())) {
					total = total.plus(day.getValue());
				}
			}
		}
		return total;
	}

}
