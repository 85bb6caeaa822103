package com.sidekickforge.monitor.source;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The kind of database a source (or the own store) lives in, and the few SQL spellings that differ
 * between the two kinds Forge Monitor supports.
 */
public enum SourceDatabase {

	/** Embedded H2 in PostgreSQL mode: the demo and test default. */
	H2("h2", "? FORMAT JSON", "?"),

	/** PostgreSQL: production (Supabase) and the benchmark. */
	POSTGRESQL("postgresql", "CAST(? AS jsonb)", "CAST(? AS client_tier)");

	private final String vendor;

	private final String jsonParameter;

	private final String tierParameter;

	SourceDatabase(String vendor, String jsonParameter, String tierParameter) {
		this.vendor = vendor;
		this.jsonParameter = jsonParameter;
		this.tierParameter = tierParameter;
	}

	/** The name Flyway and our migration folders use for this kind ("h2", "postgresql"). */
	public String vendor() {
		return this.vendor;
	}

	/** A bind parameter that stores a JSON text as a JSON value (H2 would store a JSON string otherwise). */
	public String jsonParameter() {
		return this.jsonParameter;
	}

	/** A bind parameter for the {@code client_tier} enum (PostgreSQL refuses a varchar there). */
	public String tierParameter() {
		return this.tierParameter;
	}

	public static SourceDatabase of(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return of(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot connect to database: " + ex.getMessage(), ex);
		}
	}

	public static SourceDatabase of(Connection connection) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
		if (product.contains("h2")) {
			return H2;
		}
		if (product.contains("postgres")) {
			return POSTGRESQL;
		}
		throw new IllegalStateException("Unsupported database " + metaData.getDatabaseProductName()
				+ " at " + metaData.getURL() + " (expected H2 or PostgreSQL)");
	}

	/** The kind a JDBC URL names, without connecting. */
	public static SourceDatabase ofUrl(String jdbcUrl) {
		if (jdbcUrl.startsWith("jdbc:h2:")) {
			return H2;
		}
		if (jdbcUrl.startsWith("jdbc:postgresql:")) {
			return POSTGRESQL;
		}
		throw new IllegalArgumentException(
				"Unsupported JDBC URL '" + jdbcUrl + "' (expected jdbc:h2:... or jdbc:postgresql:...)");
	}

	/** Whether a table of the database has a column (older tenants have optional ones). */
	public static boolean hasColumn(DataSource dataSource, String table, String column) {
		try (Connection connection = dataSource.getConnection()) {
			return hasColumn(connection, table, column);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the columns of " + table + ": " + ex.getMessage(), ex);
		}
	}

	public static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
		try (var columns = connection.getMetaData().getColumns(null, null, table, column)) {
			return columns.next();
		}
	}

}
