package com.sidekickforge.monitor.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.core.NestedExceptionUtils;

/**
 * Connects to a database and asks it {@code SELECT 1}: healthy within the budget, degraded when slower, down when it
 * cannot be reached or does not answer (the caller bounds the wait by the timeout).
 */
final class DatabaseProbe {

	private final Duration budget;

	private final Duration timeout;

	DatabaseProbe(Duration budget, Duration timeout) {
		this.budget = budget;
		this.timeout = timeout;
	}

	/**
	 * Connects once to open the way (an embedded database opens its files, a server may warm up), then times a second
	 * connection and {@code SELECT 1} while the first is still open: what a client of the database waits for.
	 */
	ProbeResult probe(DataSource database) {
		long latency;
		try (Connection first = database.getConnection()) {
			long started = System.nanoTime();
			try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
				statement.setQueryTimeout((int) Math.max(1, this.timeout.toSeconds()));
				try (ResultSet rs = statement.executeQuery("SELECT 1")) {
					rs.next();
				}
			}
			latency = Duration.ofNanos(System.nanoTime() - started).toMillis();
		}
		catch (SQLException | RuntimeException ex) {
			String message = NestedExceptionUtils.getMostSpecificCause(ex).getMessage();
			return ProbeResult.down((message != null) ? firstLine(message) : ex.getClass().getSimpleName(), null);
		}
		boolean slow = latency > this.budget.toMillis();
		return new ProbeResult(slow ? ProbeStatus.DEGRADED : ProbeStatus.HEALTHY, latency, null,
				slow ? "slow: " + latency + " ms (budget " + this.budget.toMillis() + " ms)" : null, List.of());
	}

	private static String firstLine(String message) {
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

}
