package com.sidekickforge.monitor.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.sidekickforge.monitor.quota.QuotaMetric;

/** The store's {@code quota_notice} table: every alert and recovery announced. */
@Repository
public class QuotaNotices {

	private static final String COLUMNS = "id, event_type, client_id, client_name, metric, period_start, threshold, "
			+ "thresholds, used, quota_limit, projected_date, occurred_at, payload";

	private final JdbcClient store;

	QuotaNotices(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	void record(QuotaNotice notice) {
		this.store.sql("INSERT INTO monitor.quota_notice (" + COLUMNS + ") VALUES (:id, :type, :client, :name, :metric, "
				+ ":period, :threshold, :thresholds, :used, :limit, :projected, :at, :payload)")
			.param("id", notice.id())
			.param("type", notice.eventType())
			.param("client", notice.clientId())
			.param("name", notice.clientName())
			.param("metric", notice.metric().key())
			.param("period", notice.periodStart())
			.param("threshold", notice.threshold())
			.param("thresholds", notice.thresholds().stream().map(String::valueOf).collect(Collectors.joining(",")))
			.param("used", notice.used())
			.param("limit", notice.limit())
			.param("projected", notice.projectedDate())
			.param("at", OffsetDateTime.ofInstant(notice.occurredAt(), ZoneOffset.UTC))
			.param("payload", notice.payload())
			.update();
	}

	public Optional<QuotaNotice> find(UUID id) {
		return this.store.sql("SELECT " + COLUMNS + " FROM monitor.quota_notice WHERE id = :id")
			.param("id", id)
			.query(QuotaNotices::notice)
			.optional();
	}

	/** Notices of a client (all clients' when null) between two instants, newest first. */
	public List<QuotaNotice> between(UUID client, Instant from, Instant to) {
		return this.store.sql("SELECT " + COLUMNS + " FROM monitor.quota_notice WHERE occurred_at >= :from "
				+ "AND occurred_at < :to" + ((client != null) ? " AND client_id = :client" : "")
				+ " ORDER BY occurred_at DESC, id")
			.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.param("client", client)
			.query(QuotaNotices::notice)
			.list();
	}

	private static QuotaNotice notice(ResultSet rs, int row) throws SQLException {
		List<Integer> thresholds = Arrays.stream(rs.getString("thresholds").split(","))
			.filter((s) -> !s.isBlank())
			.map(Integer::valueOf)
			.toList();
		return new QuotaNotice(rs.getObject("id", UUID.class), rs.getString("event_type"),
				rs.getObject("client_id", UUID.class), rs.getString("client_name"),
				QuotaMetric.ofKey(rs.getString("metric")), rs.getObject("period_start", LocalDate.class),
				rs.getInt("threshold"), thresholds, rs.getLong("used"), rs.getLong("quota_limit"),
				rs.getObject("projected_date", LocalDate.class),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("payload"));
	}

}
