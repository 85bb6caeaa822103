package com.sidekickforge.monitor.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.sidekickforge.monitor.quota.QuotaMetric;

/**
 * The {@code alert_ledger} table. {@link #claim} is a plain INSERT: when another run or node claimed the same
 * (client, metric, period, threshold) first, the primary key rejects it (a {@code DuplicateKeyException}),
 * which is how "exactly once" is decided: by the database, not by reading first.
 */
@Repository
class AlertLedger {

	private final JdbcClient store;

	AlertLedger(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	List<LedgerEntry> entries(UUID client, QuotaMetric metric, LocalDate periodStart) {
		return this.store.sql("SELECT threshold, recovered_at FROM monitor.alert_ledger WHERE client_id = :client "
				+ "AND metric = :metric AND period_start = :period ORDER BY threshold")
			.param("client", client)
			.param("metric", metric.key())
			.param("period", periodStart)
			.query((rs, n) -> new LedgerEntry(rs.getInt(1), rs.getObject(2) != null))
			.list();
	}

	void claim(UUID client, QuotaMetric metric, LocalDate periodStart, int threshold, UUID notice, Instant now) {
		this.store.sql("INSERT INTO monitor.alert_ledger (client_id, metric, period_start, threshold, notice_id, "
				+ "crossed_at) VALUES (:client, :metric, :period, :threshold, :notice, :now)")
			.param("client", client)
			.param("metric", metric.key())
			.param("period", periodStart)
			.param("threshold", threshold)
			.param("notice", notice)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	/** Marks a threshold recovered; false when another run did it first (nothing to announce then). */
	boolean recover(UUID client, QuotaMetric metric, LocalDate periodStart, int threshold, UUID notice, Instant now) {
		return this.store.sql("UPDATE monitor.alert_ledger SET recovered_at = :now, recovery_notice_id = :notice "
				+ "WHERE client_id = :client AND metric = :metric AND period_start = :period AND threshold = :threshold "
				+ "AND recovered_at IS NULL")
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("notice", notice)
			.param("client", client)
			.param("metric", metric.key())
			.param("period", periodStart)
			.param("threshold", threshold)
			.update() == 1;
	}

}
