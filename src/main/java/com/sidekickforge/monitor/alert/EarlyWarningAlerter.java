package com.sidekickforge.monitor.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

import com.sidekickforge.monitor.activity.ActivityEvent;
import com.sidekickforge.monitor.activity.ActivityEvents;
import com.sidekickforge.monitor.anomaly.AnomalyRule;
import com.sidekickforge.monitor.anomaly.UnusualDay;
import com.sidekickforge.monitor.config.AdminLinks;
import com.sidekickforge.monitor.config.AlertKind;
import com.sidekickforge.monitor.config.RecipientsFile;
import com.sidekickforge.monitor.event.Event;
import com.sidekickforge.monitor.event.EventType;
import com.sidekickforge.monitor.quota.ClientQuotas;
import com.sidekickforge.monitor.quota.EarlyWarningWording;
import com.sidekickforge.monitor.quota.ExhaustionForecast;
import com.sidekickforge.monitor.quota.Quota;
import com.sidekickforge.monitor.quota.QuotaMetric;
import com.sidekickforge.monitor.quota.UsageHistory;

/**
 * The alerts ahead of the thresholds for one client, as of now: each quota projected to run out soon
 * ({@code quota.projected_exhaustion}, once per metric and billing period) and each sidekick's unusual day
 * ({@code usage.unusual_day}, yesterday, once per sidekick, metric and day). Each is written in one transaction
 * with its ledger row (the gate), its activity event and its outbox messages, like a threshold.
 */
class EarlyWarningAlerter {

	private static final Logger log = LoggerFactory.getLogger(EarlyWarningAlerter.class);

	private final EarlyWarningLedger ledger;

	private final UsageHistory history;

	private final EarlyWarnings warnings;

	private final ActivityEvents activity;

	private final AlertMails mails;

	private final AdminLinks links;

	private final TransactionTemplate transactions;

	private final ZoneId zone;

	private final boolean projections;

	private final boolean unusualDays;

	/**
	 * @param projections whether projected exhaustions are announced ({@code forge.alerts.projections})
	 * @param unusualDays whether unusual days are ({@code forge.alerts.unusual-days})
	 */
	EarlyWarningAlerter(EarlyWarningLedger ledger, UsageHistory history, EarlyWarnings warnings,
			ActivityEvents activity, AlertMails mails, AdminLinks links, TransactionTemplate transactions,
			ZoneId zone, boolean projections, boolean unusualDays) {
		this.ledger = ledger;
		this.history = history;
		this.warnings = warnings;
		this.activity = activity;
		this.mails = mails;
		this.links = links;
		this.transactions = transactions;
		this.zone = zone;
		this.projections = projections;
		this.unusualDays = unusualDays;
	}

	/** What one evaluation announced. */
	record Announced(int projections, int unusualDays, int raced) {

		Announced plus(Announced other) {
			return new Announced(this.projections + other.projections, this.unusualDays + other.unusualDays,
					this.raced + other.raced);
		}

	}

	/**
	 * Evaluates the clients as of {@code now} from one streamed read of the eight weeks before today (a client
	 * without a day of use in them has nothing to project or judge).
	 *
	 * @param sidekicks sidekick names by id, read only when a day is unusual (an unknown one is named by its id)
	 */
	Announced evaluate(List<ClientQuotas> clients, RecipientsFile recipients, Supplier<Map<UUID, String>> sidekicks,
			Instant now) {
		if (!this.projections && !this.unusualDays) {
			return new Announced(0, 0, 0); // both turned off: the history is not even read
		}
		LocalDate today = LocalDate.ofInstant(now, this.zone);
		Map<UUID, ClientQuotas> byId = new HashMap<>();
		clients.forEach((client) -> byId.put(client.clientId(), client));
		UUID only = (clients.size() == 1) ? clients.getFirst().clientId() : null;
		Supplier<Map<UUID, String>> names = SingletonSupplier.of(sidekicks);
		Announced[] announced = { new Announced(0, 0, 0) };
		this.history.eachClient(today.minusDays(AnomalyRule.LOOKBACK_DAYS + 1), today.minusDays(1), only, (days) -> {
			ClientQuotas client = byId.get(days.clientId());
			if (client != null) {
				if (this.projections) {
					announced[0] = announced[0].plus(projections(client, days, recipients, today, now));
				}
				if (this.unusualDays) {
					announced[0] = announced[0]
						.plus(unusualDays(client, days, recipients, names, today.minusDays(1), now));
				}
			}
		});
		return announced[0];
	}

	private Announced projections(ClientQuotas client, UsageHistory.ClientDays days, RecipientsFile recipients,
			LocalDate today, Instant now) {
		Announced announced = new Announced(0, 0, 0);
		for (Quota quota : client.quotas()) {
			// Decided in memory first: the ledger is asked only about a projection due (few clients, not all).
			var projection = this.warnings.projection(quota, days.total(quota.metric()), today);
			if (projection.isPresent() && !this.ledger.announced(EventType.QUOTA_PROJECTED_EXHAUSTION,
					client.clientId(), null, quota.metric(), client.periodStart())) {
				boolean done = announce(client, recipients, EventType.QUOTA_PROJECTED_EXHAUSTION, null, quota.metric(),
						client.periodStart(), projected(client, projection.get()), now);
				announced = announced.plus(new Announced(done ? 1 : 0, 0, done ? 0 : 1));
			}
		}
		return announced;
	}

	/** The day judged (yesterday, rolled up by now): each sidekick against its own four weeks before. */
	private Announced unusualDays(ClientQuotas client, UsageHistory.ClientDays days, RecipientsFile recipients,
			Supplier<Map<UUID, String>> sidekicks, LocalDate day, Instant now) {
		Announced announced = new Announced(0, 0, 0);
		for (var sidekick : days.bySidekick().entrySet()) {
			for (var usage : sidekick.getValue().entrySet()) {
				QuotaMetric metric = usage.getKey();
				var unusual = this.warnings.unusualDay(metric, day, usage.getValue());
				if (unusual.isEmpty() || this.ledger.announced(EventType.USAGE_UNUSUAL_DAY, client.clientId(),
						sidekick.getKey(), metric, day)) {
					continue;
				}
				String name = sidekicks.get().getOrDefault(sidekick.getKey(), sidekick.getKey().toString());
				boolean done = announce(client, recipients, EventType.USAGE_UNUSUAL_DAY, sidekick.getKey(), metric, day,
						unusual(client, sidekick.getKey(), name, metric, unusual.get()), now);
				announced = announced.plus(new Announced(0, done ? 1 : 0, done ? 0 : 1));
			}
		}
		return announced;
	}

	/** The event's data and the timeline's title. */
	private record Decided(Map<String, Object> data, String title) {
	}

	private boolean announce(ClientQuotas client, RecipientsFile recipients, EventType kind, UUID sidekick,
			QuotaMetric metric, LocalDate day, Decided decided, Instant now) {
		UUID noticeId = UUID.randomUUID();
		Event event = Event.of(noticeId, kind, now, decided.data());
		try {
			this.transactions.executeWithoutResult((status) -> {
				// The gate: the ledger's primary key lets one run or node announce it.
				this.ledger.claim(kind, client.clientId(), sidekick, metric, day, noticeId, client.clientName(), now,
						event.envelope());
				this.activity.record(new ActivityEvent(UUID.randomUUID(),
						(kind == EventType.USAGE_UNUSUAL_DAY) ? "unusual_day" : "quota_forecast", client.clientId(),
						sidekick, decided.title(), event.dataJson(), now));
				this.mails.announce(event, client, noticeId, AlertKind.of(kind), false, decided.title(), recipients, now);
			});
			return true;
		}
		catch (DuplicateKeyException ex) {
			log.info("{} of {} for {} on {} was announced by another run", kind.key(), metric.key(),
					client.clientName(), day);
			return false;
		}
	}

	private Decided projected(ClientQuotas client, EarlyWarnings.ProjectedExhaustion projection) {
		Quota quota = projection.quota();
		QuotaMetric metric = quota.metric();
		ExhaustionForecast forecast = projection.forecast();
		Map<String, Object> data = clientData(client, metric);
		data.put("period_start", projection.periodStart().toString());
		data.put("used", quota.used());
		data.put("limit", quota.limit());
		data.put("percent", quota.percent());
		data.put("projected_date", forecast.reachedOn().toString());
		data.put("days_left", projection.daysLeft());
		data.put("workday_pace", Math.round(forecast.workdayPace()));
		data.put("weekend_day_pace", Math.round(forecast.weekendPace()));
		data.put("lookback_days", ExhaustionForecast.LOOKBACK_DAYS);
		if (metric == QuotaMetric.VOICE_SECONDS) {
			data.put("used_minutes", metric.inUnit(quota.used()));
			data.put("limit_minutes", metric.inUnit(quota.limit()));
			data.put("workday_pace_minutes", metric.inUnit(Math.round(forecast.workdayPace())));
			data.put("weekend_day_pace_minutes", metric.inUnit(Math.round(forecast.weekendPace())));
		}
		data.put("admin_url", this.links.client(client.clientId()));
		return new Decided(data,
				EarlyWarningWording.projectionTitle(metric, forecast.reachedOn(), quota.percent()));
	}

	private Decided unusual(ClientQuotas client, UUID sidekick, String name, QuotaMetric metric, UnusualDay day) {
		Map<String, Object> data = clientData(client, metric);
		data.put("sidekick_id", sidekick.toString());
		data.put("sidekick_name", name);
		data.put("day", day.day().toString());
		data.put("amount", day.amount());
		data.put("median", Math.round(day.median()));
		data.put("usual_low", Math.round(day.usualLow()));
		data.put("usual_high", Math.round(day.usualHigh()));
		data.put("score", Math.round(day.score() * 10) / 10.0);
		data.put("compared_with", day.comparedWith());
		if (metric == QuotaMetric.VOICE_SECONDS) {
			data.put("amount_minutes", metric.inUnit(day.amount()));
			data.put("median_minutes", metric.inUnit(Math.round(day.median())));
			data.put("usual_low_minutes", metric.inUnit(Math.round(day.usualLow())));
			data.put("usual_high_minutes", metric.inUnit(Math.round(day.usualHigh())));
		}
		data.put("admin_url", this.links.client(client.clientId()));
		return new Decided(data, EarlyWarningWording.unusualDayTitle(metric, name, day.day(), day.amount(),
				Math.round(day.usualLow()), Math.round(day.usualHigh())));
	}

	private static Map<String, Object> clientData(ClientQuotas client, QuotaMetric metric) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("client_id", client.clientId().toString());
		data.put("client_name", client.clientName());
		data.put("client_slug", client.slug());
		data.put("tier", client.tier());
		data.put("metric", metric.key());
		return data;
	}

}
