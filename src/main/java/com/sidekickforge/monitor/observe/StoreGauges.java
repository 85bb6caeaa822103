package com.sidekickforge.monitor.observe;

import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.event.EventType;

/**
 * Gauges read from the own store at each scrape, so every node of a cluster reports the same figures: outbox
 * messages by status (depth = pending + sending, mails held through quiet hours included; dead letters and
 * unconfirmed mails need a person) and the alerts announced so far, by kind.
 */
@Component
@ConditionalOnWebApplication
class StoreGauges implements MeterBinder {

	private static final String ALERTS_ANNOUNCED = "Alerts announced: thresholds (one per client, metric, billing "
			+ "period and threshold), projected exhaustions and unusual days";

	private static final List<String> OUTBOX_STATUSES = List.of("pending", "sending", "unconfirmed", "dead");

	private final JdbcClient store;

	StoreGauges(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String status : OUTBOX_STATUSES) {
			Gauge.builder("forge.outbox.messages", () -> count(
					"SELECT COUNT(*) FROM monitor.outbox_message WHERE status = '" + status + "'"))
				.description("Mails and webhooks in the outbox by status (dead: given up, see outbox-retry)")
				.tag("status", status)
				.strongReference(true)
				.register(registry);
		}
		Gauge.builder("forge.alerts.announced", () -> count("SELECT COUNT(*) FROM monitor.alert_ledger"))
			.description(ALERTS_ANNOUNCED)
			.tag("kind", "threshold")
			.strongReference(true)
			.register(registry);
		for (EventType kind : List.of(EventType.QUOTA_PROJECTED_EXHAUSTION, EventType.USAGE_UNUSUAL_DAY)) {
			Gauge.builder("forge.alerts.announced", () -> count(
					"SELECT COUNT(*) FROM monitor.early_warning WHERE kind = '" + kind.key() + "'"))
				.description(ALERTS_ANNOUNCED)
				.tag("kind", kind.key().substring(kind.key().indexOf('.') + 1))
				.strongReference(true)
				.register(registry);
		}
	}

	private double count(String sql) {
		try {
			return this.store.sql(sql).query(Long.class).single();
		}
		catch (RuntimeException ex) {
			return Double.NaN; // the store is down: the health endpoint says so; the gauge shows no value
		}
	}

}
