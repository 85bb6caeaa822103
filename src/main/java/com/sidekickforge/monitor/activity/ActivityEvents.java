package com.sidekickforge.monitor.activity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The store's {@code activity_event} table. */
@Repository
public class ActivityEvents {

	private final JdbcClient store;

	ActivityEvents(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	/** Records an event; joins the caller's transaction. */
	public void record(ActivityEvent event) {
		this.store.sql("INSERT INTO monitor.activity_event (id, event_type, client_id, agent_id, title, details, "
				+ "occurred_at) VALUES (:id, :type, :client, :agent, :title, :details, :at)")
			.param("id", event.id())
			.param("type", event.eventType())
			.param("client", event.clientId())
			.param("agent", event.agentId())
			.param("title", event.title())
			.param("details", event.details())
			.param("at", OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC))
			.update();
	}

	/** A client's events (all clients' when null) between two instants, newest first. */
	public List<ActivityEvent> between(UUID clientId, Instant from, Instant to, int limit) {
		return this.store.sql("SELECT id, event_type, client_id, agent_id, title, details, occurred_at "
				+ "FROM monitor.activity_event WHERE occurred_at >= :from AND occurred_at < :to"
				+ ((clientId != null) ? " AND client_id = :client" : "") + " ORDER BY occurred_at DESC, id LIMIT :limit")
			.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.param("client", clientId)
			.param("limit", limit)
			.query((rs, n) -> new ActivityEvent(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
					rs.getObject(7, OffsetDateTime.class).toInstant()))
			.list();
	}

}
