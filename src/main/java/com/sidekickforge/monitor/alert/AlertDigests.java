package com.sidekickforge.monitor.alert;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The daily digests ({@code alert_digest}, {@code alert_digest_item}): an item per alert mail a person gets in their
 * digest, and a digest per address and due time gathering its items into one mail.
 */
@Repository
public class AlertDigests {

	private final JdbcClient store;

	AlertDigests(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	/** An alert as its digest lists it: its timeline title, about which client, when announced. */
	public record Item(UUID noticeId, String eventType, UUID clientId, String clientName, String title,
			Instant occurredAt) {
	}

	/** A digest's address and the moment it was due. */
	public record Due(String address, Instant dueAt) {
	}

	/** Adds an alert to the address's digest due at {@code dueAt} (in the announcing transaction). */
	void add(String address, Item item, Instant dueAt) {
		this.store.sql("INSERT INTO monitor.alert_digest_item (address, notice_id, event_type, client_id, client_name, "
				+ "title, occurred_at, due_at, digest_id) VALUES (:address, :notice, :type, :client, :name, :title, "
				+ ":occurred, :due, NULL)")
			.param("address", address)
			.param("notice", item.noticeId())
			.param("type", item.eventType())
			.param("client", item.clientId())
			.param("name", item.clientName())
			.param("title", item.title())
			.param("occurred", time(item.occurredAt()))
			.param("due", time(dueAt))
			.update();
	}

	/** The digests due by {@code now} and not gathered yet, oldest first. */
	List<Due> due(Instant now) {
		return this.store.sql("SELECT DISTINCT address, due_at FROM monitor.alert_digest_item "
				+ "WHERE digest_id IS NULL AND due_at <= :now ORDER BY due_at, address")
			.param("now", time(now))
			.query((rs, n) -> new Due(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Creates the digest and claims its items; a {@code DuplicateKeyException} when another run formed it first.
	 *
	 * @return the items claimed (0: nothing left to gather)
	 */
	int gather(UUID digest, Due due, Instant now) {
		this.store.sql("INSERT INTO monitor.alert_digest (id, address, due_at, created_at) VALUES (:id, :address, "
				+ ":due, :now)")
			.param("id", digest)
			.param("address", due.address())
			.param("due", time(due.dueAt()))
			.param("now", time(now))
			.update();
		return this.store.sql("UPDATE monitor.alert_digest_item SET digest_id = :id WHERE address = :address "
				+ "AND due_at = :due AND digest_id IS NULL")
			.param("id", digest)
			.param("address", due.address())
			.param("due", time(due.dueAt()))
			.update();
	}

	/** A digest's address and due time. */
	public Optional<Due> find(UUID digest) {
		return this.store.sql("SELECT address, due_at FROM monitor.alert_digest WHERE id = :id")
			.param("id", digest)
			.query((rs, n) -> new Due(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** A digest's alerts in the order they were announced. */
	public List<Item> items(UUID digest) {
		return this.store.sql("SELECT notice_id, event_type, client_id, client_name, title, occurred_at "
				+ "FROM monitor.alert_digest_item WHERE digest_id = :id ORDER BY occurred_at, client_name, title")
			.param("id", digest)
			.query((rs, n) -> new Item(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
			.list();
	}

	private static OffsetDateTime time(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
