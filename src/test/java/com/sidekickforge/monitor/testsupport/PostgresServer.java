package com.sidekickforge.monitor.testsupport;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import com.sidekickforge.monitor.source.SourceDatabase;

/**
 * The PostgreSQL server of this test run, chosen once: {@code FORGE_TEST_PG_URL} when set (a URL of a
 * database the tests may create databases from), else a server answering on localhost:5432, else an
 * embedded one (zonky). When none works the tests that need it fail with the reason: they never pass
 * silently without PostgreSQL.
 */
public final class PostgresServer {

	private static final String LOCAL = "jdbc:postgresql://localhost:5432/postgres?user=postgres&connectTimeout=3";

	/** Holder idiom: chosen on first use, then fixed for the run. */
	private static final class Holder {

		static final PostgresServer SERVER = choose();

	}

	private final String adminUrl;

	private final String description;

	private PostgresServer(String adminUrl, String description) {
		this.adminUrl = adminUrl;
		this.description = description;
	}

	public static PostgresServer get() {
		return Holder.SERVER;
	}

	public String description() {
		return this.description;
	}

	/** A new, empty database on the server, dropped when closed. */
	public TestDatabase createDatabase(String name) {
		String database = ("forge_" + name + "_" + UUID.randomUUID().toString().substring(0, 8))
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9_]", "_");
		execute("CREATE DATABASE " + database);
		return new PostgresDatabase(database);
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(this.adminUrl);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL (" + this.description + ") refused: " + sql, ex);
		}
	}

	private String databaseUrl(String database) {
		// Same server and credentials as the admin URL, another database.
		return this.adminUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
	}

	private static PostgresServer choose() {
		List<String> tried = new ArrayList<>();
		String configured = System.getenv("FORGE_TEST_PG_URL");
		if (configured != null && !configured.isBlank()) {
			if (answers(configured, tried)) {
				return new PostgresServer(configured, "FORGE_TEST_PG_URL " + configured);
			}
			throw new IllegalStateException("FORGE_TEST_PG_URL is set but does not answer: " + tried);
		}
		if (answers(LOCAL, tried)) {
			return new PostgresServer(LOCAL, "server on localhost:5432");
		}
		try {
			EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					embedded.close();
				}
				catch (IOException ex) {
					// the JVM is going away; nothing left to do
				}
			}));
			return new PostgresServer(embedded.getJdbcUrl("postgres", "postgres"), "embedded (zonky)");
		}
		catch (IOException | RuntimeException ex) {
			tried.add("embedded PostgreSQL (zonky): " + ex.getMessage());
		}
		throw new IllegalStateException("No PostgreSQL for the tests. Set FORGE_TEST_PG_URL, start a server on "
				+ "localhost:5432, or let the embedded one start. Tried: " + tried);
	}

	private static boolean answers(String url, List<String> tried) {
		try (Connection connection = DriverManager.getConnection(url)) {
			return connection.isValid(3);
		}
		catch (SQLException ex) {
			tried.add(url + ": " + ex.getMessage());
			return false;
		}
	}

	/** One database of the server. */
	private final class PostgresDatabase implements TestDatabase {

		private final String name;

		private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

		private final List<TestDatabase> siblings = new ArrayList<>();

		PostgresDatabase(String name) {
			this.name = name;
			this.dataSource.setURL(url());
			this.dataSource.setReWriteBatchedInserts(true);
		}

		@Override
		public SourceDatabase kind() {
			return SourceDatabase.POSTGRESQL;
		}

		@Override
		public String url() {
			return databaseUrl(this.name);
		}

		@Override
		public DataSource dataSource() {
			return this.dataSource;
		}

		@Override
		public TestDatabase sibling(String siblingName) {
			TestDatabase sibling = createDatabase(siblingName);
			this.siblings.add(sibling);
			return sibling;
		}

		@Override
		public void close() {
			this.siblings.forEach(TestDatabase::close);
			execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
		}

	}

}
