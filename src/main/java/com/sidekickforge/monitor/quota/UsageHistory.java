package com.sidekickforge.monitor.quota;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.sidekickforge.monitor.source.StreamingQuery;

/** A client's daily usage of one metric as the rollup stored it (store's {@code daily_usage}). */
@Repository
public class UsageHistory {

	private final JdbcClient store;

	private final DataSource dataSource;

	UsageHistory(DataSource store) {
		this.store = JdbcClient.create(store);
		this.dataSource = store;
	}

	/** One client's use of every metric per day, by sidekick; days without a row are absent (nothing used). */
	public record ClientDays(UUID clientId, Map<UUID, Map<QuotaMetric, Map<LocalDate, Long>>> bySidekick) {

		/** The client's use of one metric per day, all sidekicks together. */
		public Map<LocalDate, Long> total(QuotaMetric metric) {
			Map<LocalDate, Long> total = new HashMap<>();
			this.bySidekick.values()
				.forEach((metrics) -> metrics.getOrDefault(metric, Map.of())
					.forEach((day, amount) -> total.merge(day, amount, Long::sum)));
			return total;
		}

	}

	/**
	 * Every client's daily use from {@code first} to {@code last} (or one client's), one client at a time in the
	 * order of their ids: one streamed query for all clients, whatever their number.
	 */
	public void eachClient(LocalDate first, LocalDate last, UUID onlyClient, Consumer<ClientDays> client) {
		String sql = """
				SELECT client_id, agent_id, usage_date, voice_seconds, text_messages, embedding_chunks
				FROM monitor.daily_usage WHERE usage_date BETWEEN :first AND :last %s
				ORDER BY client_id, agent_id, usage_date
				""".formatted((onlyClient != null) ? "AND client_id = :client" : "");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("first", first);
		parameters.put("last", last);
		parameters.put("client", onlyClient);
		StreamingQuery.run(this.dataSource, (jdbc) -> {
			ClientDays[] current = new ClientDays[1];
			new NamedParameterJdbcTemplate(jdbc).query(sql, parameters, (RowCallbackHandler) (rs) -> {
				UUID id = rs.getObject(1, UUID.class);
				if (current[0] == null || !current[0].clientId().equals(id)) {
					if (current[0] != null) {
						client.accept(current[0]);
					}
					current[0] = new ClientDays(id, new LinkedHashMap<>());
				}
				var metrics = current[0].bySidekick()
					.computeIfAbsent(rs.getObject(2, UUID.class), (sidekick) -> new EnumMap<>(QuotaMetric.class));
				LocalDate day = rs.getObject(3, LocalDate.class);
				QuotaMetric[] all = QuotaMetric.values();
				for (int m = 0; m < all.length; m++) {
					metrics.computeIfAbsent(all[m], (metric) -> new HashMap<>()).put(day, rs.getLong(4 + m));
				}
			});
			if (current[0] != null) {
				client.accept(current[0]);
			}
		});
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
