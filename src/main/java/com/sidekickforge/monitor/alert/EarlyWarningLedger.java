package com.sidekickforge.monitor.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.sidekickforge.monitor.event.EventType;
import com.sidekickforge.monitor.quota.QuotaMetric;

/**
 * The {@code early_warning} table: one row per projected exhaustion or unusual day announced. {@link #claim} is a
 * plain INSERT whose primary key rejects a second announcement of the same (kind, client, sidekick, metric, day),
 * whichever run or node tries it.
 */
@Repository
public class EarlyWarningLedger {

	/** The sidekick of a warning about a whole client's quota. */
	static final UUID NO_SIDEKICK = new UUID(0, 0);

	private final JdbcClient store;

	EarlyWarningLedger(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	/** A warning as announced. */
	public record Warning(UUID noticeId, EventType kind, UUID clientId, String clientName, Instant occurredAt,
			String payload) {
	}

	/** Whether it was announced already (a shortcut: the claim's primary key decides). */
	boolean announced(EventType kind, UUID client, UUID sidekick, QuotaMetric metric, LocalDate day) {
		return this.store.sql("SELECT COUNT(*) FROM monitor.early_warning WHERE kind = :kind AND client_id = :client "
				+ "AND agent_id = :agent AND metric = :metric AND subject_day = :day")
			.param("kind", kind.key())
			.param("client", client)
			.param("agent", (sidekick != null) ? sidekick : NO_SIDEKICK)
			.param("metric", metric.key())
			.param("day", day)
			.query(Long.class)
			.single() > 0;
	}

	/** Claims the warning; a {@code DuplicateKeyException} when it was announced already. */
	void claim(EventType kind, UUID client, UUID sidekick, QuotaMetric metric, LocalDate day, UUID notice,
			String clientName, Instant now, String payload) {
		this.store.sql("INSERT INTO monitor.early_warning (kind, client_id, agent_id, metric, subject_day, notice_id, "
				+ "client_name, occurred_at, payload) VALUES (:kind, :client, :agent, :metric, :day, :notice, :name, "
				+ ":now, :payload)")
			.param("kind", kind.key())
			.param("client", client)
			.param("agent", (sidekick != null) ? sidekick : NO_SIDEKICK)
			.param("metric", metric.key())
			.param("day", day)
			.param("notice", notice)
			.param("name", clientName)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("payload", payload)
			.update();
	}

	public Optional<Warning> find(UUID notice) {
		return this.store.sql("SELECT notice_id, kind, client_id, client_name, occurred_at, payload "
				+ "FROM monitor.early_warning WHERE notice_id = :notice")
			.param("notice", notice)
			.query((rs, n) -> new Warning(rs.getObject(1, UUID.class),
					EventType.of(rs.getString(2)),
					rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(),
					rs.getString(6)))
			.optional();
	}

}
