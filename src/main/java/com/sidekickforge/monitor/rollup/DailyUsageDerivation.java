package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import com.sidekickforge.monitor.source.DayRange;

/**
 * Turns one client's snapshots and event estimates for one billing period into daily usage.
 * <ul>
 * <li>Days up to the client's first snapshot ever, and days after its latest snapshot, are estimated
 * from the events.</li>
 * <li>A day with a snapshot uses what its counters grew since the client's previous snapshot; when
 * that was several days earlier, the growth is spread evenly over those days.</li>
 * <li>A new billing period's counters start from 0; a counter that goes down was reset: the day counts
 * what it shows, never a negative amount, and the reset is reported.</li>
 * </ul>
 */
final class DailyUsageDerivation {

	private DailyUsageDerivation() {
	}

	/**
	 * @param snapshots the client's snapshot readings dated within the period
	 * @param firstSnapshotEver the client's first snapshot date of all, or null when it has none
	 * @param estimates event sums per sidekick and day
	 * @param range only days of this range are returned
	 */
	static List<DailyUsageRow> derive(UUID clientId, YearMonth period, List<SnapshotReading> snapshots,
			LocalDate firstSnapshotEver, Map<UUID, Map<LocalDate, Counters>> estimates, DayRange range) {
		TreeSet<LocalDate> dates = new TreeSet<>();
		Map<UUID, Map<LocalDate, Counters>> readings = new HashMap<>();
		for (SnapshotReading reading : snapshots) {
			dates.add(reading.date());
			readings.computeIfAbsent(reading.agentId(), (a) -> new HashMap<>()).put(reading.date(), reading.counters());
		}
		LocalDate lastSnapshot = dates.isEmpty() ? null : dates.last();
		List<DailyUsageRow> rows = new ArrayList<>();
		for (var agent : readings.entrySet()) {
			fromSnapshots(clientId, period, agent.getKey(), agent.getValue(), dates, firstSnapshotEver, range, rows);
		}
		for (LocalDate day = period.atDay(1); !day.isAfter(period.atEndOfMonth()); day = day.plusDays(1)) {
			boolean estimated = firstSnapshotEver == null || !day.isAfter(firstSnapshotEver) || lastSnapshot == null
					|| day.isAfter(lastSnapshot);
			if (estimated && range.contains(day)) {
				for (var agent : estimates.entrySet()) {
					Counters used = agent.getValue().get(day);
					if (used != null && !used.isZero()) {
						rows.add(new DailyUsageRow(clientId, agent.getKey(), day, used, Origin.ESTIMATED, List.of()));
					}
				}
			}
		}
		return rows;
	}

	private static void fromSnapshots(UUID clientId, YearMonth period, UUID agentId, Map<LocalDate, Counters> readings,
			TreeSet<LocalDate> clientDates, LocalDate firstSnapshotEver, DayRange range, List<DailyUsageRow> rows) {
		LocalDate previousDate = period.atDay(1).minusDays(1);
		Counters previous = Counters.ZERO; // a new period's row starts from 0
		for (LocalDate date : clientDates) {
			Counters reading = readings.get(date);
			boolean baselineOnly = firstSnapshotEver == null || !date.isAfter(firstSnapshotEver);
			if (reading == null) {
				// No row for this sidekick yet (or any more): it counted 0 then; the next reading counts from here.
				if (!readings.keySet().stream().anyMatch((d) -> d.isBefore(date))) {
					previousDate = date;
					previous = Counters.ZERO;
				}
				continue;
			}
			if (!baselineOnly) {
				Counters used = reading.usedSince(previous);
				List<String> resets = reading.lowerThan(previous);
				int days = (int) (date.toEpochDay() - previousDate.toEpochDay());
				for (int i = 0; i < days; i++) {
					LocalDate day = previousDate.plusDays(i + 1L);
					Counters share = used.share(i, days);
					List<String> dayResets = (i == days - 1) ? resets : List.of();
					if (range.contains(day) && (!share.isZero() || !dayResets.isEmpty())) {
						rows.add(new DailyUsageRow(clientId, agentId, day, share,
								(days == 1) ? Origin.SNAPSHOT : Origin.SPREAD, dayResets));
					}
				}
			}
			previousDate = date;
			previous = reading;
		}
	}

}
