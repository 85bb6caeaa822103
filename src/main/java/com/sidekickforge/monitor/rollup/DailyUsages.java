package com.sidekickforge.monitor.rollup;

import java.util.List;

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
	 * Replaces the daily usage of each client over its range: one delete per client, then every row of
	 * them all in one bulk write (a chunk of clients commits at once).
	 */
	void replace(List<ClientRollup> rollups) {
		List<MapSqlParameterSource> deletes = new java.util.ArrayList<>();
		for (ClientRollup rollup : rollups) {
			for (var range : rollup.ranges()) {
				deletes.add(new MapSqlParameterSource("client", rollup.clientId()).addValue("first", range.first())
					.addValue("last", range.last()));
			}
		}
		// One batch for the chunk's deletes: one round trip instead of one per client.
		this.store.batchUpdate("""
				DELETE FROM monitor.daily_usage_derived WHERE client_id = :client AND usage_date BETWEEN :first AND :last
				""", deletes.toArray(MapSqlParameterSource[]::new));
		try (BulkRows bulk = new BulkRows(this.dataSource, this.kind, "monitor.daily_usage_derived", "client_id", "agent_id",
				"usage_date", "voice_seconds", "text_messages", "embedding_chunks", "origin", "counter_resets")) {
			for (ClientRollup rollup : rollups) {
				for (DailyUsageRow row : rollup.rows()) {
					bulk.add(row.clientId(), row.agentId(), row.day(), row.usage().voiceSeconds(),
							row.usage().textMessages(), row.usage().embeddingChunks(),
							row.origin().name().toLowerCase(java.util.Locale.ROOT),
							row.counterResets().isEmpty() ? null : String.join(",", row.counterResets()));
				}
			}
		}
	}

}
