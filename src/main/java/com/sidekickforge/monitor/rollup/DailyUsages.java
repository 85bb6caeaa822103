package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.sidekickforge.monitor.source.SourceDatabase;

/**
 * The snapshot-derived daily usage in the own store ({@code daily_usage_derived}), replaced per client and range.
 * Estimated days are not stored here: the {@code daily_usage} view adds them from the event sums.
 */
@Repository
class DailyUsages {

	private final NamedParameterJdbcTemplate store;

	private final DataSource dataSource;

	private final SourceDatabase kind;

	DailyUsages(DataSource store) {
		this.store = new NamedParameterJdbcTemplate(store);
		this.dataSource = store;
		this.kind = SourceDatabase.of(store);
	}

	/**
	 * Replaces the daily usage of each client over its ranges: their rows deleted (in one statement on PostgreSQL,
	 * one batch on H2), then every row of them all in one bulk write (a chunk of clients commits at once).
	 */
	void replace(List<ClientRollup> rollups) {
		List<UUID> clients = new ArrayList<>();
		List<LocalDate> firsts = new ArrayList<>();
		List<LocalDate> lasts = new ArrayList<>();
		for (ClientRollup rollup : rollups) {
			for (var range : rollup.ranges()) {
				clients.add(rollup.clientId());
				firsts.add(range.first());
				lasts.add(range.last());
			}
		}
		if (this.kind == SourceDatabase.POSTGRESQL) {
			// One statement for the chunk, the ranges as arrays, so that no plan is made once for many clients from
			// the statistics of a nearly empty table. (Measured alone it did not change the step's time: the 3.9 s
			// it took was the snapshot question's plan, see UsageSnapshots.snapshots.)
			this.store.getJdbcTemplate().update((connection) -> {
				var statement = connection.prepareStatement("""
						DELETE FROM monitor.daily_usage_derived d
						USING unnest(?, ?, ?) AS r (client_id, first_day, last_day)
						WHERE d.client_id = r.client_id AND d.usage_date BETWEEN r.first_day AND r.last_day
						""");
				statement.setArray(1, connection.createArrayOf("uuid", clients.toArray()));
				statement.setArray(2, connection.createArrayOf("date", firsts.toArray()));
				statement.setArray(3, connection.createArrayOf("date", lasts.toArray()));
				return statement;
			});
		}
		else {
			List<MapSqlParameterSource> deletes = new ArrayList<>();
			for (int i = 0; i < clients.size(); i++) {
				deletes.add(new MapSqlParameterSource("client", clients.get(i)).addValue("first", firsts.get(i))
					.addValue("last", lasts.get(i)));
			}
			// One batch for the chunk's deletes: one round trip instead of one per client.
			this.store.batchUpdate("""
					DELETE FROM monitor.daily_usage_derived WHERE client_id = :client AND usage_date BETWEEN :first AND :last
					""", deletes.toArray(MapSqlParameterSource[]::new));
		}
		try (BulkRows bulk = new BulkRows(this.dataSource, this.kind, "monitor.daily_usage_derived", "client_id", "agent_id",
				"usage_date", "voice_seconds", "text_messages", "embedding_chunks", "origin", "counter_resets")) {
			for (ClientRollup rollup : rollups) {
				for (DailyUsageRow row : rollup.rows()) {
					bulk.add(row.clientId(), row.agentId(), row.day(), row.usage().voiceSeconds(),
							row.usage().textMessages(), row.usage().embeddingChunks(),
							row.origin().name().toLowerCase(Locale.ROOT),
							row.counterResets().isEmpty() ? null : String.join(",", row.counterResets()));
				}
			}
		}
	}

}
