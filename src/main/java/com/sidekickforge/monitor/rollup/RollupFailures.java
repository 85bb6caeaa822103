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

	/**
	 * Records that a source could not be read. Its units fail one by one, in whatever order their reads end (on
	 * several threads and partitions): of the failures since {@code since} (the run's plan) the one whose reason
	 * sorts first is kept, so a run names the same unit and cause whichever failed last, and an announced failure
	 * is recognised when it happens again. A failure from before {@code since} is replaced.
	 */
	void record(LocalDate date, String source, UUID client, String error, Instant at, Instant since) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("date", date).addValue("source", source)
			.addValue("client", client)
			.addValue("error", (error.length() > 2000) ? error.substring(0, 2000) : error)
			.addValue("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.addValue("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
		this.store.update("""
				DELETE FROM monitor.rollup_failure WHERE rollup_date = :date AND source = :source
				AND (failed_at < :since OR error > :error)
				""", parameters);
		this.store.update("""
				INSERT INTO monitor.rollup_failure (rollup_date, source, client_id, error, failed_at)
				SELECT CAST(:date AS date), :source, CAST(:client AS uuid), :error, CAST(:at AS timestamp with time zone)
				WHERE NOT EXISTS (SELECT 1 FROM monitor.rollup_failure WHERE rollup_date = :date AND source = :source)
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
