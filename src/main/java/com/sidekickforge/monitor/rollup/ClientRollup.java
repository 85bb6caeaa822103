package com.sidekickforge.monitor.rollup;

import java.util.List;
import java.util.UUID;

import com.sidekickforge.monitor.source.DayRange;

/**
 * One client's snapshot-derived daily usage.
 *
 * @param ranges the days the rows replace: per billing period, after its first snapshot and up to the
 * period's latest
 */
record ClientRollup(UUID clientId, List<DayRange> ranges, List<DailyUsageRow> rows) {
}
