package com.sidekickforge.monitor.health;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The health check's samples in the store, and what reports read of them. */
@Repository
public class HealthSamples {

	private final JdbcClient store;

	HealthSamples(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	/** A check's samples and voice sessions per client, written together. */
	@Transactional
	public void record(Instant checkedAt, List<HealthSample> samples, Map<UUID, Integer> sessions) {
		for (HealthSample sample : samples) {
			this.store.sql("INSERT INTO monitor.health_sample (id, checked_at, kind, target, client_id, status, "
					+ "latency_ms, p95_ms, reason, active_sessions) VALUES (:id, :at, :kind, :target, :client, :status, "
					+ ":latency, :p95, :reason, :sessions)")
				.param("id", UUID.randomUUID())
				.param("at", time(checkedAt))
				.param("kind", sample.kind())
				.param("target", cut(sample.target(), 300))
				.param("client", sample.clientId())
				.param("status", sample.status().key())
				.param("latency", sample.latencyMillis())
				.param("p95", sample.p95Millis())
				.param("reason", cut(sample.reason(), 1000))
				.param("sessions", sample.activeSessions())
				.update();
		}
		sessions.forEach((client, count) -> this.store
			.sql("INSERT INTO monitor.health_voice_session (checked_at, client_id, sessions) VALUES (:at, :client, :n)")
			.param("at", time(checkedAt))
			.param("client", client)
			.param("n", count)
			.update());
	}

	/** The newest check at or before {@code asOf} and not older than {@code since}, if there is one. */
	/**
	 * Deletes the samples and voice sessions of checks before the moment (retention): one row per probed thing every
	 * few minutes would otherwise grow without end. Returns the samples deleted.
	 */
	public int forgetBefore(Instant before) {
		this.store.sql("DELETE FROM monitor.health_voice_session WHERE checked_at < :before")
			.param("before", time(before))
			.update();
		return this.store.sql("DELETE FROM monitor.health_sample WHERE checked_at < :before")
			.param("before", time(before))
			.update();
	}

	public Optional<Instant> latestCheck(Instant since, Instant asOf) {
		return this.store.sql("SELECT MAX(checked_at) FROM monitor.health_sample WHERE checked_at >= :since "
				+ "AND checked_at <= :asOf")
			.param("since", time(since))
			.param("asOf", time(asOf))
			.query((rs, n) -> instant(rs, 1))
			.optional()
			.filter(Objects::nonNull);
	}

	public List<HealthSample> samples(Instant checkedAt) {
		return this.store.sql("SELECT checked_at, kind, target, client_id, status, latency_ms, p95_ms, reason, "
				+ "active_sessions FROM monitor.health_sample WHERE checked_at = :at ORDER BY kind, target")
			.param("at", time(checkedAt))
			.query((rs, n) -> new HealthSample(instant(rs, 1), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class), ProbeStatus.of(rs.getString(5)), (Long) rs.getObject(6, Long.class),
					(Long) rs.getObject(7, Long.class), rs.getString(8), (Integer) rs.getObject(9, Integer.class)))
			.list();
	}

	/** Voice sessions at the check by client; null stands for rooms of no known client. */
	public Map<UUID, Integer> sessions(Instant checkedAt) {
		Map<UUID, Integer> sessions = new HashMap<>();
		this.store.sql("SELECT client_id, sessions FROM monitor.health_voice_session WHERE checked_at = :at")
			.param("at", time(checkedAt))
			.query((rs) -> {
				sessions.merge(rs.getObject(1, UUID.class), rs.getInt(2), Integer::sum);
			});
		return sessions;
	}

	/** Probes of each client's own things (its LiveKit, its tenant database) per local day, and how many were down. */
	public Map<UUID, Map<LocalDate, ProbeCounts>> probesPerClientDay(Instant from, Instant to, ZoneId zone) {
		Map<UUID, Map<LocalDate, ProbeCounts>> days = new LinkedHashMap<>();
		this.store.sql("SELECT client_id, checked_at, status FROM monitor.health_sample WHERE client_id IS NOT NULL "
				+ "AND checked_at >= :from AND checked_at < :to")
			.param("from", time(from))
			.param("to", time(to))
			.query((rs) -> {
				LocalDate day = instant(rs, 2).atZone(zone).toLocalDate();
				boolean down = "down".equals(rs.getString(3));
				days.computeIfAbsent(rs.getObject(1, UUID.class), (c) -> new TreeMap<>())
					.merge(day, ProbeCounts.NONE.plusOne(down), ProbeCounts::plus);
			});
		return days;
	}

	private static String cut(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

	private static OffsetDateTime time(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

}
