package com.sidekickforge.monitor.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Leasing is a conditional UPDATE ({@code WHERE id = ? AND status = 'pending'}): the
 * database lets exactly one worker change a row from pending to sending, so two workers never both send it.
 */
@Repository
public class Outbox {

	private static final String COLUMNS = "id, event_id, event_type, channel, destination, client_id, subject_id, body, "
			+ "status, attempts, next_attempt_at, last_error, created_at, delivered_at";

	private final JdbcClient store;

	Outbox(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	/** Adds a message; joins the caller's transaction, so it is written with the decision to send it. */
	void enqueue(OutboxMessage message) {
		this.store.sql("INSERT INTO monitor.outbox_message (" + COLUMNS + ") VALUES (:id, :eventId, :eventType, "
				+ ":channel, :destination, :client, :subject, :body, :status, 0, :next, NULL, :created, NULL)")
			.param("id", message.id())
			.param("eventId", message.eventId())
			.param("eventType", message.eventType())
			.param("channel", message.channel().key())
			.param("destination", message.destination())
			.param("client", message.clientId())
			.param("subject", message.subjectId())
			.param("body", message.body())
			.param("status", OutboxStatus.PENDING.key())
			.param("next", time(message.nextAttemptAt()))
			.param("created", time(message.createdAt()))
			.update();
	}

	/** Pending messages due at {@code now}, oldest first, at most {@code limit}: candidates, not yet leased. */
	List<UUID> due(Instant now, int limit, Channel channel) {
		return this.store.sql("SELECT id FROM monitor.outbox_message WHERE status = 'pending' AND channel = :channel "
				+ "AND next_attempt_at <= :now ORDER BY next_attempt_at, created_at, id LIMIT :limit")
			.param("now", time(now))
			.param("channel", channel.key())
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/** Messages whose worker's lease ran out while sending: their worker died. */
	List<UUID> abandoned(Instant now, int limit) {
		return this.store.sql("SELECT id FROM monitor.outbox_message WHERE status = 'sending' AND lease_until < :now "
				+ "ORDER BY lease_until, id LIMIT :limit")
			.param("now", time(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/** Leases a pending message for one attempt; false when another worker got it first. */
	boolean lease(UUID id, String owner, Instant now, Instant until) {
		return this.store.sql("UPDATE monitor.outbox_message SET status = 'sending', lease_owner = :owner, "
				+ "lease_until = :until, attempts = attempts + 1 WHERE id = :id AND status = 'pending' "
				+ "AND next_attempt_at <= :now")
			.param("owner", owner)
			.param("until", time(until))
			.param("id", id)
			.param("now", time(now))
			.update() == 1;
	}

	/** Takes over an abandoned message; false when another worker took it over first. */
	boolean takeOver(UUID id, String owner, Instant now, Instant until) {
		return this.store.sql("UPDATE monitor.outbox_message SET lease_owner = :owner, lease_until = :until "
				+ "WHERE id = :id AND status = 'sending' AND lease_until < :now")
			.param("owner", owner)
			.param("until", time(until))
			.param("id", id)
			.param("now", time(now))
			.update() == 1;
	}

	OutboxMessage find(UUID id) {
		return this.store.sql("SELECT " + COLUMNS + " FROM monitor.outbox_message WHERE id = :id")
			.param("id", id)
			.query(Outbox::message)
			.single();
	}

	/** Ends a lease: the message's new status, when (if ever) it is tried again, and why. */
	void release(UUID id, String owner, OutboxStatus status, Instant nextAttempt, String error, Instant deliveredAt) {
		this.store.sql("UPDATE monitor.outbox_message SET status = :status, lease_owner = NULL, lease_until = NULL, "
				+ "next_attempt_at = COALESCE(:next, next_attempt_at), last_error = :error, delivered_at = :delivered "
				+ "WHERE id = :id AND lease_owner = :owner")
			.param("status", status.key())
			.param("next", time(nextAttempt))
			.param("error", (error != null && error.length() > 2000) ? error.substring(0, 2000) : error)
			.param("delivered", time(deliveredAt))
			.param("id", id)
			.param("owner", owner)
			.update();
	}

	/**
	 * Puts dead and unconfirmed messages back in the queue with a fresh set of attempts: all of them, or those
	 * whose id or event id starts with {@code id}. Returns how many.
	 */
	public int requeue(String id, Instant now) {
		String which = (id == null) ? "" : " AND (CAST(id AS varchar) LIKE :prefix OR event_id LIKE :prefix)";
		var statement = this.store.sql("UPDATE monitor.outbox_message SET status = 'pending', attempts = 0, "
				+ "next_attempt_at = :now, lease_owner = NULL, lease_until = NULL "
				+ "WHERE status IN ('dead', 'unconfirmed')" + which)
			.param("now", time(now));
		if (id != null) {
			statement = statement.param("prefix", id + "%");
		}
		return statement.update();
	}

	/** Puts the dead-lettered webhooks of one endpoint back in the queue (it was enabled again). Returns how many. */
	public int requeueDeadTo(String endpoint, Instant now) {
		return this.store.sql("UPDATE monitor.outbox_message SET status = 'pending', attempts = 0, "
				+ "next_attempt_at = :now, lease_owner = NULL, lease_until = NULL "
				+ "WHERE status = 'dead' AND channel = 'webhook' AND destination = :endpoint")
			.param("now", time(now))
			.param("endpoint", endpoint)
			.update();
	}

	/** Dead-lettered and unconfirmed messages, newest first: for reports. */
	public List<OutboxMessage> needingAttention(int limit) {
		return this.store.sql("SELECT " + COLUMNS + " FROM monitor.outbox_message WHERE status IN ('dead', 'unconfirmed') "
				+ "ORDER BY created_at DESC, id LIMIT :limit")
			.param("limit", limit)
			.query(Outbox::message)
			.list();
	}

	/** Every message of an event, in the order they were written. */
	public List<OutboxMessage> ofEvent(String eventId) {
		return this.store.sql("SELECT " + COLUMNS + " FROM monitor.outbox_message WHERE event_id = :event "
				+ "ORDER BY created_at, destination")
			.param("event", eventId)
			.query(Outbox::message)
			.list();
	}

	/** How many messages are in each status. */
	public Map<OutboxStatus, Long> depth() {
		Map<OutboxStatus, Long> depth = new TreeMap<>();
		for (OutboxStatus status : OutboxStatus.values()) {
			depth.put(status, 0L);
		}
		this.store.sql("SELECT status, COUNT(*) FROM monitor.outbox_message GROUP BY status")
			.query((rs) -> {
				depth.put(OutboxStatus.ofKey(rs.getString(1)), rs.getLong(2));
			});
		return depth;
	}

	/** Dead-letters every pending message to an endpoint that is gone. */
	int killPending(Channel channel, String destination, String reason) {
		return this.store.sql("UPDATE monitor.outbox_message SET status = 'dead', last_error = :reason "
				+ "WHERE channel = :channel AND destination = :destination AND status = 'pending'")
			.param("reason", reason)
			.param("channel", channel.key())
			.param("destination", destination)
			.update();
	}

	private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
		return new OutboxMessage(rs.getObject("id", UUID.class), rs.getString("event_id"), rs.getString("event_type"),
				Channel.ofKey(rs.getString("channel")), rs.getString("destination"),
				rs.getObject("client_id", UUID.class), rs.getObject("subject_id", UUID.class), rs.getString("body"),
				OutboxStatus.ofKey(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
				rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "delivered_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	static OffsetDateTime time(Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}


}
