package com.sidekickforge.monitor.report.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.sidekickforge.monitor.event.EventType;
import com.sidekickforge.monitor.report.model.AlertItem;
import com.sidekickforge.monitor.report.model.DeadLetter;
import com.sidekickforge.monitor.report.model.DisabledWebhook;
import com.sidekickforge.monitor.report.model.GapItem;
import com.sidekickforge.monitor.webhook.WebhookEndpointStates;

/** Reads quota notices, early warnings, dead letters, active warnings and tracking gaps from the store. */
final class AlertFactsReader {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient store;

	AlertFactsReader(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	/**
	 * @param judgedDay the last day the early warnings judged by {@code to} (the day before its day)
	 * @param disabledWebhooks the endpoints a 410 disabled, as the webhook channel keeps them
	 */
	AlertFacts read(Instant from, Instant to, LocalDate firstPeriod, LocalDate billingPeriodStart, LocalDate judgedDay,
			List<WebhookEndpointStates.Disabled> disabledWebhooks) {
		List<AlertItem> notices = this.store.sql("""
				SELECT id, event_type, client_id, client_name, metric, period_start, threshold, thresholds, used,
				  quota_limit, occurred_at
				FROM monitor.quota_notice WHERE occurred_at >= :from AND occurred_at < :to
				ORDER BY occurred_at DESC, id
				""").param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC)).param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.query((rs, n) -> AlertItem.notice(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getString(8),
					rs.getLong(9), rs.getLong(10), rs.getObject(11, OffsetDateTime.class).toInstant()))
			.list();
		List<AlertItem> alerts = new ArrayList<>(notices);
		alerts.addAll(earlyWarnings(from, to));
		alerts.sort(Comparator.comparing(AlertItem::occurredAt).reversed().thenComparing(AlertItem::id));
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
		Map<UUID, Integer> warnings = activeWarnings(billingPeriodStart, to, judgedDay);
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
		return new AlertFacts(alerts, dead, warnings, gaps, disabled);
	}

	/** The projections and unusual days announced in the range, with the figures their events carried. */
	private List<AlertItem> earlyWarnings(Instant from, Instant to) {
		return this.store.sql("""
				SELECT notice_id, kind, client_id, client_name, metric, occurred_at, payload
				FROM monitor.early_warning WHERE occurred_at >= :from AND occurred_at < :to
				""").param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC)).param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.query((rs, n) -> earlyWarning(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7)))
			.list();
	}

	private static AlertItem earlyWarning(UUID id, String kind, UUID client, String clientName, String metric,
			Instant occurredAt, String payload) {
		JsonNode data = JSON.readTree(payload).get("data");
		if (EventType.QUOTA_PROJECTED_EXHAUSTION.is(kind)) {
			var projection = new AlertItem.Projection(LocalDate.parse(data.get("projected_date").asString()),
					data.get("days_left").asLong(), data.get("percent").asDouble(), data.get("workday_pace").asLong(),
					data.get("weekend_day_pace").asLong());
			return new AlertItem(id, kind, client, clientName, metric,
					LocalDate.parse(data.get("period_start").asString()), null, null, data.get("used").asLong(),
					data.get("limit").asLong(), occurredAt, projection, null);
		}
		LocalDate day = LocalDate.parse(data.get("day").asString());
		var unusual = new AlertItem.UnusualDay(UUID.fromString(data.get("sidekick_id").asString()),
				data.get("sidekick_name").asString(), day, data.get("amount").asLong(), data.get("median").asLong(),
				data.get("usual_low").asLong(), data.get("usual_high").asLong(), data.get("score").asDouble());
		return new AlertItem(id, kind, client, clientName, metric, day.withDayOfMonth(1), null, null, null, null,
				occurredAt, null, unusual);
	}

	/**
	 * Per client: the quotas of the billing period with a threshold alert not recovered or a projected exhaustion
	 * (one each, however many), and the sidekicks' unusual days of the day last judged.
	 */
	private Map<UUID, Integer> activeWarnings(LocalDate billingPeriodStart, Instant to, LocalDate judgedDay) {
		Map<UUID, Integer> warnings = new HashMap<>();
		this.store.sql("""
				SELECT client_id, COUNT(DISTINCT metric) FROM (
				  SELECT client_id, metric FROM monitor.alert_ledger
				  WHERE period_start = :period AND recovered_at IS NULL
				  UNION
				  SELECT client_id, metric FROM monitor.early_warning
				  WHERE kind = :projection AND subject_day = :period AND occurred_at < :to
				) quotas GROUP BY client_id
				""").param("period", billingPeriodStart)
			.param("projection", EventType.QUOTA_PROJECTED_EXHAUSTION.key())
			.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.query((rs) -> {
				warnings.put(rs.getObject(1, UUID.class), rs.getInt(2));
			});
		this.store.sql("""
				SELECT client_id, COUNT(*) FROM monitor.early_warning
				WHERE kind = :unusual AND subject_day = :day AND occurred_at < :to GROUP BY client_id
				""").param("unusual", EventType.USAGE_UNUSUAL_DAY.key())
			.param("day", judgedDay)
			.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.query((rs) -> {
				warnings.merge(rs.getObject(1, UUID.class), rs.getInt(2), Integer::sum);
			});
		return warnings;
	}

}
