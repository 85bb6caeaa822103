package com.sidekickforge.monitor.report.read;

import java.time.LocalDate;

import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.model.Trend;

/**
 * Which days recorded history covers: from the first day the rollup has read onwards. A period's previous
 * period is compared with only when it lies wholly inside; before that day the store holds no usage, which is
 * not the same as no usage.
 *
 * @param firstDay the first recorded day; null when nothing has been rolled up yet
 */
public record HistoryCoverage(LocalDate firstDay) {

	boolean covers(ReportPeriod period) {
		return this.firstDay != null && !period.first().isBefore(this.firstDay);
	}

	/** The period's amount against its previous period's, or no comparison when history does not reach back. */
	public Trend trend(ReportPeriod period, long current, long previous) {
		return covers(period.previous()) ? Trend.of(current, previous)
				: Trend.notComparable(current, previous, this.firstDay);
	}

}
