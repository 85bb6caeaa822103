package com.sidekickforge.monitor.report;

/**
 * A period's amount against the previous period of the same length.
 *
 * @param previous the previous period's amount
 * @param changePercent (current - previous) / previous in percent, one decimal; null when previous is 0
 * @param direction {@code up}, {@code down} or {@code flat} (within half a percent)
 */
public record Trend(long current, long previous, Double changePercent, String direction) {

	public static Trend of(long current, long previous) {
		if (previous == 0) {
			return new Trend(current, previous, null, (current == 0) ? "flat" : "up");
		}
		double change = Math.round((current - previous) * 1000.0 / previous) / 10.0;
		String direction = (Math.abs(change) < 0.5) ? "flat" : (change > 0) ? "up" : "down";
		return new Trend(current, previous, change, direction);
	}

}
