package com.sidekickforge.monitor.quota;

import java.util.List;

/**
 * One quota of one client for a billing period.
 *
 * @param metric what is counted
 * @param used the sum of the client's sidekicks' counters for the period
 * @param limit the tier's limit; 0 means unlimited
 */
public record Quota(QuotaMetric metric, long used, long limit) {

	public boolean unlimited() {
		return this.limit <= 0;
	}

	/**
	 * Used against the limit in percent, one decimal rounded down (in integers, so 79.99 % reads 79.9 % and never
	 * looks like a threshold it has not reached); null when unlimited. The one percent every output shows.
	 */
	public Double percent() {
		return unlimited() ? null : Math.floorDiv(this.used * 1000, this.limit) / 10.0;
	}

	/** "87.8 %", "118 %" or "Unlimited". */
	public String percentText() {
		return unlimited() ? "Unlimited" : percentText(percent());
	}

	/** A percent as every output writes it: "87.8 %", "118 %". */
	public static String percentText(double percent) {
		return QuotaMetric.number(percent) + " %";
	}

	public QuotaLevel level() {
		return QuotaLevel.of(this.used, this.limit);
	}

	/**
	 * Whether the quota has reached a threshold: used / limit >= threshold %, computed exactly (79.99 % has not
	 * reached 80, exactly 100 % has reached 100). An unlimited quota reaches nothing.
	 */
	public boolean reached(int threshold) {
		return !unlimited() && this.used * 100 >= (long) threshold * this.limit;
	}

	/** The thresholds reached, ascending. */
	public List<Integer> reached(List<Integer> thresholds) {
		return thresholds.stream().filter(this::reached).sorted().toList();
	}

}
