package com.sidekickforge.monitor.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.sidekickforge.monitor.source.DayRange;

/**
 * What one rollup run does, decided once at its start and kept in the job's execution context, so that a
 * restart does the same work even though the store changed in between.
 *
 * @param date the day rolled up (D)
 * @param firstDay first day whose events are read: the period's first day, or earlier when backfilling
 * @param lastDay last day whose events are read: D, or today when D's period is the current one
 * @param takeSnapshot whether the counters read now are D's snapshot (the run is right after D)
 * @param client only this client, or null for all
 * @param readAt when the counters were read
 */
record RollupPlan(LocalDate date, LocalDate firstDay, LocalDate lastDay, boolean takeSnapshot, UUID client,
		Instant readAt, ZoneId zone) {

	private static final String KEY = "rollup.plan";

	public LocalDate periodStart() {
		return YearMonth.from(this.date).atDay(1);
	}

	/** The days whose events are read and whose daily usage is derived. */
	public DayRange range() {
		return new DayRange(this.firstDay, this.lastDay, this.zone);
	}

	/** The days of D's period compared between counters and events: up to the period's end or today. */
	public DayRange reconciled() {
		LocalDate end = YearMonth.from(this.date).atEndOfMonth();
		return new DayRange(periodStart(), end.isBefore(this.lastDay) ? end : this.lastDay, this.zone);
	}

	void saveTo(ExecutionContext context) {
		context.putString(KEY, String.join(";", this.date.toString(), this.firstDay.toString(), this.lastDay.toString(),
				Boolean.toString(this.takeSnapshot), (this.client != null) ? this.client.toString() : "",
				this.readAt.toString(), this.zone.getId()));
	}

	static RollupPlan from(ExecutionContext context) {
		return parse(context.getString(KEY));
	}

	/** The plan from its form in the execution context. */
	static RollupPlan parse(String text) {
		String[] parts = text.split(";", -1);
		return new RollupPlan(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]), LocalDate.parse(parts[2]),
				Boolean.parseBoolean(parts[3]), parts[4].isEmpty() ? null : UUID.fromString(parts[4]),
				Instant.parse(parts[5]), ZoneId.of(parts[6]));
	}

	static boolean isIn(ExecutionContext context) {
		return context.containsKey(KEY);
	}

}
