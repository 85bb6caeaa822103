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
 * Step 3, per client: daily usage over the run's range from its snapshots and event sums, month by month,
 * and the comparison of its counters with its events for D's period. Clients whose source database could
 * not be read are left as they were (filtered out), to be done by the restart.
 */
class ClientRollupProcessor implements ItemProcessor<UUID, ClientRollup> {

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
	public ClientRollup process(UUID client) {
		if (this.failedSources.contains(client.toString()) || this.failedSources.contains("platform")) {
			return null;
		}
		// Through the client's latest snapshot too: a day rolled up late (out of order) can change later days.
		LocalDate[] bounds = this.snapshots.snapshotBounds(client);
		LocalDate firstEver = bounds[0];
		DayRange range = this.plan.range();
		if (bounds[1] != null && bounds[1].isAfter(range.last())) {
			range = new DayRange(range.first(), bounds[1], range.zone());
		}
		Map<UUID, Map<LocalDate, Counters>> estimates = this.eventDays.estimates(client, range);
		Map<YearMonth, List<SnapshotReading>> byPeriod = new HashMap<>();
		for (SnapshotReading reading : this.snapshots.snapshots(client, YearMonth.from(range.first()).atDay(1),
				range.last())) {
			byPeriod.computeIfAbsent(YearMonth.from(reading.date()), (m) -> new ArrayList<>()).add(reading);
		}
		List<DailyUsageRow> rows = new ArrayList<>();
		for (YearMonth month = YearMonth.from(range.first()); !month.isAfter(YearMonth.from(range.last())); month = month
			.plusMonths(1)) {
			rows.addAll(DailyUsageDerivation.derive(client, month, byPeriod.getOrDefault(month, List.of()), firstEver,
					estimates, range));
		}
		DayRange reconciled = this.plan.reconciled();
		List<TrackingGap> gaps = TrackingGap.between(client, this.plan.periodStart(), reconciled.last(),
				this.snapshots.readingTotals(client, this.plan.periodStart()), totals(estimates, reconciled),
				this.settings.tolerancePercent(), this.settings.toleranceMinimum());
		return new ClientRollup(client, range, rows, this.plan.periodStart(), gaps);
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
