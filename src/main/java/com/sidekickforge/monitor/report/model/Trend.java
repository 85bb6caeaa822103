package com.sidekickforge.monitor.report.model;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A period's amount against the previous period of the same length, in the amount's own unit (seconds for voice:
 * renderers show both sides through the same {@link DisplayFormat}).
 *
 * @param previous the previous period's amount
 * @param changePercent (current - previous) / previous in percent, one decimal; null when previous is 0 or the
 * previous period is not covered by recorded history
 * @param direction {@code up}, {@code down} or {@code flat} (within half a percent); null when not comparable
 * @param comparable whether recorded history covers the whole previous period: a comparison with days nobody
 * recorded would show growth that never happened
 * @param historyStart the first recorded day, given when the previous period begins before it
 */
public record Trend(long current, long previous, Double changePercent, String direction, boolean comparable,
		@JsonInclude(JsonInclude.Include.NON_NULL) LocalDate historyStart) {

	/** A comparison with a previous period that recorded history covers. */
	public static Trend of(long current, long previous) {
		if (previous == 0) {
			return new Trend(current, previous, null, (current == 0) ? "flat" : "up", true, null);
		}
		double change = Math.round((current - previous) * 1000.0 / previous) / 10.0;
		String direction = (Math.abs(change) < 0.5) ? "flat" : (change > 0) ? "up" : "down";
		return new Trend(current, previous, change, direction, true, null);
	}

	/** No comparison: the previous period lies (partly) before the first recorded day (null: nothing recorded). */
	public static Trend notComparable(long current, long previous, LocalDate historyStart) {
		return new Trend(current, previous, null, null, false, historyStart);
	}

}
