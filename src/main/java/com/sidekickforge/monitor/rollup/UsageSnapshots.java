package com.sidekickforge.monitor.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

import com.sidekickforge.monitor.source.CounterRow;
import com.sidekickforge.monitor.source.SourceDatabase;

/**
 * Counter snapshots and the latest counter readings in the own store. A snapshot, once written, is never
 * changed: a second rollup of the same day keeps the first reading.
 */
@Repository
class UsageSnapshots {

	/**
	 * Clients with days between a first and a later snapshot (the days the rollup derives); all others are done by
	 * step 3a. {@code %s} takes a WHERE clause of the caller's range.
	 */
	static final String CLIENTS_TO_DERIVE = """
			SELECT client_id FROM monitor.usage_snapshot%s
			GROUP BY client_id HAVING MAX(snapshot_date) > MIN(snapshot_date) ORDER BY client_id""";

	private static final String[] SNAPSHOT_COLUMNS = { "client_id", "agent_id", "snapshot_date", "period_start",
			"voice_seconds", "text_messages", "embedding_chunks", "taken_at" };

	/**
	 * Where the day has no snapshot of the sidekick yet (H2). On PostgreSQL the rows are COPYed into a temporary table
	 * and the primary key decides (ON CONFLICT): a NOT EXISTS question is planned from statistics, and with those of
	 * a nearly empty table it scanned the whole table for each of 48 000 rows (over a minute, growing with the square
	 * of the rows); and one statement per row took a second where COPY takes a fifth of it.
	 */
	private static final String NEW_SNAPSHOT_H2 = """
			INSERT INTO monitor.usage_snapshot
			  (client_id, agent_id, snapshot_date, period_start, voice_seconds, text_messages, embedding_chunks, taken_at)
			SELECT :client, :agent, :date, :period, :voice, :text, :chunks, :at FROM (VALUES (1)) AS one (x)
			WHERE NOT EXISTS (SELECT 1 FROM monitor.usage_snapshot
			  WHERE client_id = :client AND agent_id = :agent AND snapshot_date = :date)
			""";

	private final NamedParameterJdbcTemplate store;

	private final DataSource dataSource;

	private final SourceDatabase kind;

	UsageSnapshots(DataSource store) {
		this.store = new NamedParameterJdbcTemplate(store);
		this.dataSource = store;
		this.kind = SourceDatabase.of(store);
	}

	/** Forgets the readings of a period (of one client, or all when null) before a new reading. */
	void clearReadings(LocalDate periodStart, UUID client) {
		this.store.update("DELETE FROM monitor.counter_reading WHERE period_start = :period"
				+ ((client != null) ? " AND client_id = :client" : ""),
				new MapSqlParameterSource("period", periodStart).addValue("client", client));
	}

	void addReadings(List<CounterRow> rows, LocalDate periodStart, Instant readAt) {
		OffsetDateTime when = OffsetDateTime.ofInstant(readAt, ZoneOffset.UTC);
		try (BulkRows bulk = new BulkRows(this.dataSource, this.kind, "monitor.counter_reading", "client_id",
				"agent_id", "period_start", "voice_seconds", "text_messages", "embedding_chunks", "read_at")) {
			for (CounterRow row : rows) {
				bulk.add(row.clientId(), row.agentId(), periodStart, row.voiceSeconds(), row.textMessages(),
						row.embeddingChunks(), when);
			}
		}
	}

	/**
	 * Writes the rows as the snapshot of a day, where that day has none yet; returns rows written. Inside the current
	 * transaction (on PostgreSQL the rows pass through a temporary table emptied at commit).
	 */
	int addSnapshots(List<CounterRow> rows, LocalDate day, LocalDate periodStart, Instant takenAt) {
		if (this.kind != SourceDatabase.POSTGRESQL) {
			int written = 0;
			for (int count : this.store.batchUpdate(NEW_SNAPSHOT_H2, parameters(rows, periodStart, day, takenAt))) {
				written += Math.max(count, 0);
			}
			return written;
		}
		JdbcTemplate jdbc = this.store.getJdbcTemplate();
		jdbc.execute("CREATE TEMPORARY TABLE IF NOT EXISTS usage_snapshot_stage (LIKE monitor.usage_snapshot) "
				+ "ON COMMIT DELETE ROWS");
		OffsetDateTime when = OffsetDateTime.ofInstant(takenAt, ZoneOffset.UTC);
		try (BulkRows bulk = new BulkRows(this.dataSource, this.kind, "usage_snapshot_stage", SNAPSHOT_COLUMNS)) {
			for (CounterRow row : rows) {
				bulk.add(row.clientId(), row.agentId(), day, periodStart, row.voiceSeconds(), row.textMessages(),
						row.embeddingChunks(), when);
			}
		}
		String columns = String.join(", ", SNAPSHOT_COLUMNS);
		int written = jdbc.update("INSERT INTO monitor.usage_snapshot (" + columns + ") SELECT " + columns
				+ " FROM usage_snapshot_stage ON CONFLICT (client_id, agent_id, snapshot_date) DO NOTHING");
		jdbc.update("DELETE FROM usage_snapshot_stage");
		return written;
	}

	/**
	 * The snapshot readings of a batch of clients dated within the days, each client's in date order: one question
	 * with the ids as an array ({@code = ANY(?)}, which the database answers by the index, unlike a long
	 * {@code IN} list).
	 */
	Map<UUID, List<SnapshotReading>> snapshots(List<UUID> clients, LocalDate first, LocalDate last) {
		Map<UUID, List<SnapshotReading>> readings = new HashMap<>();
		this.store.getJdbcTemplate().query((connection) -> {
			// The days written out (ISO dates, nothing from outside): the statement is prepared once per run and
			// planned once for all batches, and with the days as parameters that plan took them for a narrow range
			// and read the whole day's snapshots by date for every batch (20-40 ms a batch instead of 1).
			var statement = connection.prepareStatement("""
					SELECT client_id, agent_id, snapshot_date, voice_seconds, text_messages, embedding_chunks
					FROM monitor.usage_snapshot WHERE client_id = ANY(?) AND snapshot_date BETWEEN DATE '%s' AND DATE '%s'
					ORDER BY client_id, snapshot_date, agent_id
					""".formatted(first, last));
			statement.setArray(1, connection.createArrayOf("uuid", clients.toArray()));
			return statement;
		}, (rs) -> {
			readings.computeIfAbsent(rs.getObject(1, UUID.class), (c) -> new ArrayList<>())
				.add(new SnapshotReading(rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class),
						new Counters(rs.getLong(4), rs.getLong(5), rs.getLong(6))));
		});
		return readings;
	}

	/** The first and latest snapshot dates of all of each client of a batch (clients without any are left out). */
	Map<UUID, LocalDate[]> snapshotBounds(List<UUID> clients) {
		Map<UUID, LocalDate[]> bounds = new HashMap<>();
		this.store.getJdbcTemplate().query((connection) -> {
			var statement = connection.prepareStatement("SELECT client_id, MIN(snapshot_date), MAX(snapshot_date) "
					+ "FROM monitor.usage_snapshot WHERE client_id = ANY(?) GROUP BY client_id");
			statement.setArray(1, connection.createArrayOf("uuid", clients.toArray()));
			return statement;
		}, (rs) -> {
			bounds.put(rs.getObject(1, UUID.class),
					new LocalDate[] { rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class) });
		});
		return bounds;
	}

	/** Whether any client has a snapshot before the day: when none has, a rollup backfills from events. */
	boolean anyBefore(LocalDate day) {
		// The first one found by the date index, not a count of a table that grows by every sidekick every day.
		return !this.store
			.queryForList("SELECT 1 FROM monitor.usage_snapshot WHERE snapshot_date < :day LIMIT 1",
					new MapSqlParameterSource("day", day), Integer.class)
			.isEmpty();
	}

	/**
	 * Refreshes the table's statistics after a day's snapshots were written (on PostgreSQL): they are a large share
	 * of its newest rows, and the derivation that follows plans its questions with them (a day the statistics have
	 * not seen looks empty, and a plan for an empty day reads the whole day by date).
	 */
	void refreshStatistics() {
		if (this.kind == SourceDatabase.POSTGRESQL) {
			this.store.getJdbcTemplate().execute("ANALYZE monitor.usage_snapshot");
		}
	}

	private static SqlParameterSource[] parameters(List<CounterRow> rows, LocalDate periodStart, LocalDate day,
			Instant at) {
		List<SqlParameterSource> parameters = new ArrayList<>(rows.size());
		OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
		for (CounterRow row : rows) {
			parameters.add(new MapSqlParameterSource("client", row.clientId()).addValue("agent", row.agentId())
				.addValue("date", day)
				.addValue("period", periodStart)
				.addValue("voice", row.voiceSeconds())
				.addValue("text", row.textMessages())
				.addValue("chunks", row.embeddingChunks())
				.addValue("at", when));
		}
		return parameters.toArray(SqlParameterSource[]::new);
	}

}
