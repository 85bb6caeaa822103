package com.sidekickforge.monitor.report.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.report.model.AlertItem;
import com.sidekickforge.monitor.report.model.DeadLetter;
import com.sidekickforge.monitor.report.model.DisabledWebhook;
import com.sidekickforge.monitor.report.model.GapItem;
import com.sidekickforge.monitor.webhook.WebhookEndpointStates;

/** Reads quota notices, dead letters, active warnings and tracking gaps from the store. */
final class AlertFactsReader {

	private final JdbcClient store;

	AlertFactsReader(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	/** @param disabledWebhooks the endpoints a 410 disabled, as the webhook channel keeps them */
	AlertFacts read(Instant from, Instant to, LocalDate firstPeriod, LocalDate billingPeriodStart,
			List<WebhookEndpointStates.Disabled> disabledWebhooks) {
		List<AlertItem> notices = this.store.sql("""
				SELECT id, event_type, client_id, client_name, metric, period_start, threshold, thresholds, used,
				  quota_limit, occurred_at
				FROM monitor.quota_notice WHERE occurred_at >= :from AND occurred_at < :to
				ORDER BY occurred_at DESC, id
				""").param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC)).param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.query((rs, n) -> new AlertItem(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getString(8),
					rs.getLong(9), rs.getLong(10), rs.getObject(11, OffsetDateTime.class).toInstant()))
			.list();
		List<DeadLetter> dead = this.store.sql("""
				SELECT id, event_type, channel, destination, client_id, attempts, last_error, created_at, status
				FROM monitor.outbox_message WHERE status IN ('dead', 'unconfirmed') AND created_at >= :from AND created_at < :to
				ORDER BY created_at DESC, id
				""").param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC)).param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.query((rs, n) -> new DeadLetter(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getObject(5, UUID.class), rs.getInt(6), rs.getString(7),
					rs.getObject(8, OffsetDateTime.class).toInstant(),
					"forge-monitor run outbox-retry id=" + rs.getObject(1, UUID.class), rs.getString(9)))
			.list();
		Map<UUID, Integer> warnings = new HashMap<>();
		this.store.sql("""
				SELECT client_id, COUNT(DISTINCT metric) FROM monitor.alert_ledger
				WHERE period_start = :period AND recovered_at IS NULL GROUP BY client_id
				""").param("period", billingPeriodStart).query((rs) -> {
			warnings.put(rs.getObject(1, UUID.class), rs.getInt(2));
		});
		List<GapItem> gaps = this.store.sql("""
				SELECT client_id, metric, period_start, checked_through, counter_total, event_total
				FROM monitor.tracking_gap WHERE period_start BETWEEN :first AND :last ORDER BY period_start DESC, metric
				""").param("first", firstPeriod).param("last", billingPeriodStart)
			.query((rs, n) -> new GapItem(rs.getObject(1, UUID.class), null, rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getLong(6)))
			.list();
		List<DisabledWebhook> disabled = disabledWebhooks.stream()
			.map((d) -> new DisabledWebhook(d.name(), d.url(), d.since(), d.reason(),
					"forge-monitor webhooks enable " + d.name()))
			.toList();
		return new AlertFacts(notices, dead, warnings, gaps, disabled);
	}

}
