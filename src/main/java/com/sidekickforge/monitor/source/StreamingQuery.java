package com.sidekickforge.monitor.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Runs reads that stream: PostgreSQL's driver fetches rows in batches only inside a transaction (auto-commit
 * off); otherwise it loads the whole result into memory first. The transaction is read-only and rolled back.
 */
public final class StreamingQuery {

	static final int FETCH_SIZE = 2000;

	private StreamingQuery() {
	}

	public static void run(DataSource database, Consumer<JdbcTemplate> reads) {
		Connection connection = DataSourceUtils.getConnection(database);
		boolean autoCommit = true;
		try {
			autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			connection.setReadOnly(true);
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			jdbc.setFetchSize(FETCH_SIZE);
			reads.accept(jdbc);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot prepare a streaming read: " + ex.getMessage(), ex);
		}
		finally {
			try {
				connection.rollback();
				connection.setReadOnly(false);
				connection.setAutoCommit(autoCommit);
			}
			catch (SQLException ex) {
				// the connection is going back to its pool or closing; nothing was written
			}
			DataSourceUtils.releaseConnection(connection, database);
		}
	}

}
