package com.sidekickforge.monitor.quota;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
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

	/**
	 * Each sidekick's use of every metric per day from {@code first} to {@code last}, by sidekick; days without a
	 * row are absent (nothing used).
	 */
	public Map<UUID, Map<QuotaMetric, Map<LocalDate, Long>>> bySidekick(UUID client, LocalDate first, LocalDate last) {
		Map<UUID, Map<QuotaMetric, Map<LocalDate, Long>>> sidekicks = new LinkedHashMap<>();
		this.store.sql("""
				SELECT agent_id, usage_date, voice_seconds, text_messages, embedding_chunks FROM monitor.daily_usage
				WHERE client_id = :client AND usage_date BETWEEN :first AND :last ORDER BY agent_id, usage_date
				""")
			.param("client", client)
			.param("first", first)
			.param("last", last)
			.query((rs) -> {
				var metrics = sidekicks.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> new EnumMap<>(QuotaMetric.class));
				LocalDate day = rs.getObject(2, LocalDate.class);
				QuotaMetric[] all = QuotaMetric.values();
				for (int i = 0; i < all.length; i++) {
					metrics.computeIfAbsent(all[i], (m) -> new HashMap<>()).put(day, rs.getLong(3 + i));
				}
			});
		return sidekicks;
	}

	/** The first day each of the client's sidekicks used anything, by sidekick. */
	public Map<UUID, LocalDate> firstUsed(UUID client) {
		Map<UUID, LocalDate> first = new HashMap<>();
		this.store.sql("""
				SELECT agent_id, MIN(usage_date) FROM monitor.daily_usage WHERE client_id = :client
				AND voice_seconds + text_messages + embedding_chunks > 0 GROUP BY agent_id
				""").param("client", client).query((rs) -> {
			first.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
		});
		return first;
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
