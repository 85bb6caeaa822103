package com.sidekickforge.monitor.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Source databases a rollup could not read, per rolled-up day: reported, and retried by the next run. */
@Repository
class RollupFailures {

	private final NamedParameterJdbcTemplate store;

	RollupFailures(DataSource store) {
		this.store = new NamedParameterJdbcTemplate(store);
	}

	void record(LocalDate date, String source, UUID client, String error, Instant at) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("date", date).addValue("source", source)
			.addValue("client", client)
			.addValue("error", (error.length() > 2000) ? error.substring(0, 2000) : error)
			.addValue("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
		this.store.update("DELETE FROM monitor.rollup_failure WHERE rollup_date = :date AND source = :source",
				parameters);
		this.store.update("""
				INSERT INTO monitor.rollup_failure (rollup_date, source, client_id, error, failed_at)
				VALUES (:date, :source, :client, :error, :at)
				""", parameters);
	}

	List<String> describe(LocalDate date) {
		return this.store.query("SELECT source, error FROM monitor.rollup_failure WHERE rollup_date = :date ORDER BY source",
				new MapSqlParameterSource("date", date), (rs, n) -> rs.getString(1) + ": " + rs.getString(2));
	}

	void clear(LocalDate date) {
		this.store.update("DELETE FROM monitor.rollup_failure WHERE rollup_date = :date",
				new MapSqlParameterSource("date", date));
	}

}
