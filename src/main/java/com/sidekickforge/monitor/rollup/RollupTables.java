package com.sidekickforge.monitor.rollup;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.source.SourceDatabase;

/**
 * The store's tables the daily rollup writes, handled as one: emptied for a benchmark's clean start, and its large
 * ones vacuumed before a measurement.
 */
public final class RollupTables {

	/** Every table the rollup writes, its results and its bookkeeping. */
	private static final List<String> ALL = List.of("usage_snapshot", "counter_reading", "event_daily",
			"daily_usage_derived", "conversation_stats", "tracking_gap", "rollup_failure");

	/** The tables a backfill fills with millions of rows. */
	private static final List<String> LARGE = ALL.subList(0, 5);

	private RollupTables() {
	}

	/**
	 * Empties every table the rollup writes. On PostgreSQL with TRUNCATE: a DELETE would leave millions of dead rows
	 * that autovacuum then cleans up during (and slows) the runs that follow.
	 */
	public static void empty(DataSource store) {
		JdbcClient jdbc = JdbcClient.create(store);
		boolean postgres = SourceDatabase.of(store) == SourceDatabase.POSTGRESQL;
		for (String table : ALL) {
			jdbc.sql((postgres ? "TRUNCATE TABLE monitor." : "DELETE FROM monitor.") + table).update();
		}
	}

	/** PostgreSQL only: vacuums and analyzes the large tables now rather than autovacuum later. */
	public static void vacuum(DataSource store) {
		if (SourceDatabase.of(store) != SourceDatabase.POSTGRESQL) {
			return;
		}
		JdbcClient jdbc = JdbcClient.create(store);
		for (String table : LARGE) {
			jdbc.sql("VACUUM (ANALYZE) monitor." + table).update();
		}
	}

}
