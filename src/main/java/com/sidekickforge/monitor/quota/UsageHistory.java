package com.sidekickforge.monitor.quota;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A client's daily usage of one metric as the rollup stored it (store's {@code daily_usage}). */
@Repository
public class UsageHistory {

	private final JdbcClient store;

	UsageHistory(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	/** Every day from {@code first} to {@code last}, with 0 for days without usage. */
	public Map<LocalDate, Long> daily(UUID client, QuotaMetric metric, LocalDate first, LocalDate last) {
		Map<LocalDate, Long> days = new LinkedHashMap<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			days.put(day, 0L);
		}
		// The column is chosen from the enum, never from input.
		this.store.sql("SELECT usage_date, SUM(" + metric.key() + ") FROM monitor.daily_usage WHERE client_id = :client "
				+ "AND usage_date BETWEEN :first AND :last GROUP BY usage_date")
			.param("client", client)
			.param("first", first)
			.param("last", last)
			.query((rs) -> {
				days.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
			});
		return days;
	}

}
