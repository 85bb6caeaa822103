package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.sidekickforge.monitor.source.DayRange;

/** One client's derived daily usage over the run's range, and its tracking gaps for D's period. */
record ClientRollup(UUID clientId, DayRange range, List<DailyUsageRow> rows, LocalDate periodStart,
		List<TrackingGap> gaps) {
}
