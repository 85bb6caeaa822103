package com.sidekickforge.monitor.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Endpoints disabled because they answered 410 Gone. */
@Repository
class WebhookEndpointStates {

	private final JdbcClient store;

	WebhookEndpointStates(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	Optional<String> disabled(String endpoint) {
		return this.store.sql("SELECT reason FROM monitor.webhook_endpoint_state WHERE name = :name")
			.param("name", endpoint)
			.query(String.class)
			.optional();
	}

	void disable(String endpoint, String reason, Instant now) {
		if (disabled(endpoint).isEmpty()) {
			this.store.sql("INSERT INTO monitor.webhook_endpoint_state (name, disabled_at, reason) "
					+ "VALUES (:name, :at, :reason)")
				.param("name", endpoint)
				.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.param("reason", reason)
				.update();
		}
	}

}
