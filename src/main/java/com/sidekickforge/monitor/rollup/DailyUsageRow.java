package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one sidekick of a client used on one day.
 *
 * @param counterResets metrics whose counter went down since the previous snapshot (reported)
 */
record DailyUsageRow(UUID clientId, UUID agentId, LocalDate day, Counters usage, Origin origin,
		List<String> counterResets) {

	public DailyUsageRow {
		counterResets = List.copyOf(counterResets);
	}

}
