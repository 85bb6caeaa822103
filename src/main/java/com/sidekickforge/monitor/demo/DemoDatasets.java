package com.sidekickforge.monitor.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Remembers, in the own store, which generated dataset the embedded databases hold, so that a second
 * {@code demo} with the same arguments reuses them.
 */
@Repository
class DemoDatasets {

	private final JdbcClient store;

	DemoDatasets(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	Optional<String> fingerprint() {
		return this.store.sql("SELECT fingerprint FROM monitor.demo_dataset WHERE id = 1")
			.query(String.class)
			.optional();
	}

	void forget() {
		this.store.sql("DELETE FROM monitor.demo_dataset").update();
	}

	void remember(String fingerprint, long seed, int clients, LocalDate asOf, long rows, Instant generatedAt) {
		forget();
		this.store.sql("""
				INSERT INTO monitor.demo_dataset (id, fingerprint, seed, clients, as_of, rows_written, generated_at)
				VALUES (1, :fingerprint, :seed, :clients, :asOf, :rows, :generatedAt)
				""")
			.param("fingerprint", fingerprint)
			.param("seed", seed)
			.param("clients", clients)
			.param("asOf", asOf)
			.param("rows", rows)
			.param("generatedAt", OffsetDateTime.ofInstant(generatedAt, ZoneOffset.UTC))
			.update();
	}

}
