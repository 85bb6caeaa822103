package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the rollups have produced so far, in a few numbers: for the demo's summary and for checks. */
@Repository
public class RollupResults {

	/**
	 * @param origins rows per origin, e.g. "estimated 14007"
	 */
	public record Summary(long dailyUsageRows, LocalDate firstDay, LocalDate lastDay, List<String> origins,
			List<TrackingGap> gaps) {
	}

	private final JdbcClient store;

	RollupResults(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	public Summary summary() {
		long rows = this.store.sql("SELECT COUNT(*) FROM monitor.daily_usage").query(Long.class).single();
		LocalDate first = this.store.sql("SELECT MIN(usage_date) FROM monitor.daily_usage")
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		LocalDate last = this.store.sql("SELECT MAX(usage_date) FROM monitor.daily_usage")
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		List<String> origins = this.store
			.sql("SELECT origin, COUNT(*) FROM monitor.daily_usage GROUP BY origin ORDER BY origin")
			.query((rs, n) -> rs.getString(1) + " " + rs.getLong(2))
			.list();
		return new Summary(rows, first, last, origins, gaps());
	}

	public List<TrackingGap> gaps() {
		return this.store.sql("""
				SELECT client_id, metric, period_start, checked_through, counter_total, event_total
				FROM monitor.tracking_gap ORDER BY period_start, client_id, metric
				""")
			.query((rs, n) -> new TrackingGap(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getLong(6)))
			.list();
	}

}
