package com.sidekickforge.monitor.sampledata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

import com.sidekickforge.monitor.source.SourceDatabase;

/**
 * Batched inserts into the source tables of one database connection. Tables are flushed parents first,
 * so that foreign keys hold, whenever one table's batch is full; {@link #commit()} ends a unit of work.
 */
final class SourceRows implements AutoCloseable {

	private final Connection connection;

	private final int batchSize;

	private final boolean legacyConversations;

	private final SourceDatabase kind;

	/** Insert statement per table, prepared on first use (a tenant database has no platform tables). */
	private final Map<SourceTable, PreparedStatement> statements = new EnumMap<>(SourceTable.class);

	private final Map<SourceTable, Integer> pending = new EnumMap<>(SourceTable.class);

	private final Map<SourceTable, Long> written = new EnumMap<>(SourceTable.class);

	SourceRows(Connection connection, int batchSize) throws SQLException {
		this.connection = connection;
		this.batchSize = batchSize;
		this.connection.setAutoCommit(false);
		this.kind = SourceDatabase.of(connection);
		this.legacyConversations = SourceDatabase.hasColumn(connection, "conversations", "status");
	}

	boolean legacyConversations() {
		return this.legacyConversations;
	}

	/** Adds one row; values are bound in column order ({@link Instant} as {@code timestamp with time zone}). */
	void add(SourceTable table, Object... values) {
		try {
			PreparedStatement statement = statement(table);
			for (int i = 0; i < values.length; i++) {
				Object value = values[i];
				if (value instanceof Instant instant) {
					value = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
				}
				statement.setObject(i + 1, value);
			}
			statement.addBatch();
		}
		catch (SQLException ex) {
			throw new SampleDataException("Cannot add a row to " + table.tableName() + ": " + ex.getMessage(), ex);
		}
		int count = this.pending.merge(table, 1, Integer::sum);
		if (count >= this.batchSize) {
			flush();
		}
	}

	private PreparedStatement statement(SourceTable table) throws SQLException {
		PreparedStatement statement = this.statements.get(table);
		if (statement == null) {
			String sql = table.insertSql(this.kind, this.legacyConversations);
			if (sql == null) {
				throw new IllegalStateException(table + " does not fit this database's conversations table");
			}
			statement = this.connection.prepareStatement(sql);
			this.statements.put(table, statement);
			this.pending.put(table, 0);
		}
		return statement;
	}

	void flush() {
		for (Map.Entry<SourceTable, PreparedStatement> entry : this.statements.entrySet()) {
			int count = this.pending.get(entry.getKey());
			if (count > 0) {
				try {
					entry.getValue().executeBatch();
				}
				catch (SQLException ex) {
					SQLException cause = (ex.getNextException() != null) ? ex.getNextException() : ex;
					throw new SampleDataException(
							"Cannot insert into " + entry.getKey().tableName() + ": " + cause.getMessage(), ex);
				}
				this.written.merge(entry.getKey(), (long) count, Long::sum);
				this.pending.put(entry.getKey(), 0);
			}
		}
	}

	void commit() {
		flush();
		try {
			this.connection.commit();
		}
		catch (SQLException ex) {
			throw new SampleDataException("Cannot commit generated rows: " + ex.getMessage(), ex);
		}
	}

	/** Rows written (flushed) so far, per table. */
	Map<SourceTable, Long> written() {
		return this.written;
	}

	@Override
	public void close() throws SQLException {
		for (PreparedStatement statement : this.statements.values()) {
			statement.close();
		}
	}

}
