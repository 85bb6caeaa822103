package com.sidekickforge.monitor.sampledata;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a generation wrote: the clients, the rows per table, and how long it took.
 */
public record GenerationSummary(List<ClientProfile> clients, Map<String, Long> rowsByTable, Duration elapsed) {

	public long totalRows() {
		return this.rowsByTable.values().stream().mapToLong(Long::longValue).sum();
	}

	public long rows(String table) {
		return this.rowsByTable.getOrDefault(table, 0L);
	}

	public double rowsPerSecond() {
		double seconds = Math.max(0.001, this.elapsed.toNanos() / 1e9);
		return totalRows() / seconds;
	}

}
