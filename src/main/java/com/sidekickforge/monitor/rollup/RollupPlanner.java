package com.sidekickforge.monitor.rollup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;

/**
 * Decides a run's plan from its parameters, the clock and the store: whether the counters read now may
 * stand for the end of D, and how far back events are read.
 */
@Component
class RollupPlanner {

	private final ForgeProperties properties;

	private final Clock clock;

	private final UsageSnapshots snapshots;

	RollupPlanner(ForgeProperties properties, Clock clock, UsageSnapshots snapshots) {
		this.properties = properties;
		this.clock = clock;
		this.snapshots = snapshots;
	}

	/**
	 * @param date D, or null for yesterday
	 * @param from first day to rebuild from events, or null (then: the period's first day, or the backfill
	 * window when no snapshot exists before D)
	 */
	RollupPlan plan(LocalDate date, LocalDate from, UUID client) {
		ZoneId zone = this.properties.timezone();
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, zone);
		LocalDate day = (date != null) ? date : today.minusDays(1);
		Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();
		boolean snapshot = now.isAfter(endOfDay) && !now.isAfter(endOfDay.plus(this.properties.rollup().snapshotWindow()));
		LocalDate periodStart = YearMonth.from(day).atDay(1);
		LocalDate first = periodStart;
		if (from != null && from.isBefore(first)) {
			first = from;
		}
		else if (from == null && !this.snapshots.anyBefore(day)) {
			LocalDate backfill = day.minusDays(this.properties.rollup().backfillDays());
			first = backfill.isBefore(first) ? backfill : first;
		}
		LocalDate periodEnd = YearMonth.from(day).atEndOfMonth();
		LocalDate last = periodEnd.isBefore(today) ? periodEnd : today;
		if (last.isBefore(day)) {
			last = day;
		}
		return new RollupPlan(day, first, last, snapshot, client, now, zone);
	}

}
