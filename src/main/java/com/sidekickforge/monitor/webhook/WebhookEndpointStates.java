package com.sidekickforge.monitor.webhook;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Endpoints disabled because they answered 410 Gone, each at the URL that answered it: the same endpoint at
 * another URL (webhooks.yml changed) is enabled again by itself, and a superadmin may enable it again by hand.
 */
@Repository
public class WebhookEndpointStates {

	private final JdbcClient store;

	WebhookEndpointStates(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	/** An endpoint that is disabled: since when and why. */
	public record Disabled(String name, String url, Instant since, String reason) {
	}

	/** Why the endpoint at this URL is disabled; empty when it is not (or was disabled at another URL). */
	Optional<String> disabled(String endpoint, URI url) {
		Optional<Disabled> state = state(endpoint);
		if (state.isEmpty()) {
			return Optional.empty();
		}
		if (state.get().url() != null && !state.get().url().equals(url.toString())) {
			enable(endpoint); // its URL changed since the 410: a new place to try
			return Optional.empty();
		}
		return Optional.of(state.get().reason());
	}

	void disable(String endpoint, URI url, String reason, Instant now) {
		if (state(endpoint).isEmpty()) {
			this.store.sql("INSERT INTO monitor.webhook_endpoint_state (name, url, disabled_at, reason) "
					+ "VALUES (:name, :url, :at, :reason)")
				.param("name", endpoint)
				.param("url", url.toString())
				.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.param("reason", reason)
				.update();
		}
	}

	/** @return whether it was disabled */
	boolean enable(String endpoint) {
		return this.store.sql("DELETE FROM monitor.webhook_endpoint_state WHERE name = :name")
			.param("name", endpoint)
			.update() > 0;
	}

	/** Every disabled endpoint, for the report of all clients. */
	public List<Disabled> all() {
		return this.store.sql("SELECT name, url, disabled_at, reason FROM monitor.webhook_endpoint_state ORDER BY name")
			.query((rs, n) -> new Disabled(rs.getString(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)))
			.list();
	}

	private Optional<Disabled> state(String endpoint) {
		return this.store.sql("SELECT name, url, disabled_at, reason FROM monitor.webhook_endpoint_state WHERE name = :name")
			.param("name", endpoint)
			.query((rs, n) -> new Disabled(rs.getString(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)))
			.optional();
	}

}
