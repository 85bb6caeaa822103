package com.sidekickforge.monitor.delivery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.sidekickforge.monitor.alert.EarlyWarningLedger;
import com.sidekickforge.monitor.event.EventType;
import com.sidekickforge.monitor.mail.ComposedMail;
import com.sidekickforge.monitor.mail.MailComposer;
import com.sidekickforge.monitor.outbox.OutboxMessage;
import com.sidekickforge.monitor.quota.EarlyWarningWording;
import com.sidekickforge.monitor.quota.Quota;
import com.sidekickforge.monitor.quota.QuotaMetric;
import com.sidekickforge.monitor.templates.TemplateRenderer;

/**
 * The mail of a warning ahead of the thresholds ({@code mail/early-warning.html} and {@code .txt}): a projected
 * exhaustion or a sidekick's unusual day, about one client, with the figures of the event as it was announced
 * (the same ones its webhook carries), only formatted here.
 */
@Component
class EarlyWarningMail implements MailComposer {

	static final String TEMPLATE = "mail/early-warning";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final EarlyWarningLedger ledger;

	private final TemplateRenderer templates;

	EarlyWarningMail(EarlyWarningLedger ledger, TemplateRenderer templates) {
		this.ledger = ledger;
		this.templates = templates;
	}

	@Override
	public boolean composes(String eventType) {
		return EventType.QUOTA_PROJECTED_EXHAUSTION.is(eventType) || EventType.USAGE_UNUSUAL_DAY.is(eventType);
	}

	@Override
	public ComposedMail compose(OutboxMessage message) {
		EarlyWarningLedger.Warning warning = this.ledger.find(message.subjectId())
			.orElseThrow(() -> new IllegalStateException("warning " + message.subjectId() + " is missing"));
		JsonNode data = JSON.readTree(warning.payload()).get("data");
		QuotaMetric metric = QuotaMetric.ofKey(data.get("metric").asString());
		Map<String, Object> model = new HashMap<>();
		model.put("clientName", warning.clientName());
		model.put("metric", metric.title());
		model.put("unit", metric.unit());
		model.put("adminUrl", data.path("admin_url").isNull() ? null : data.path("admin_url").asString(null));
		model.put("theme", MailTheme.colors());
		String title;
		if (warning.kind() == EventType.QUOTA_PROJECTED_EXHAUSTION) {
			Quota quota = new Quota(metric, data.get("used").asLong(), data.get("limit").asLong());
			LocalDate reached = LocalDate.parse(data.get("projected_date").asString());
			model.put("projection", true);
			model.put("used", metric.format(quota.used()));
			model.put("limit", metric.format(quota.limit()));
			model.put("percent", quota.percentText());
			model.put("period", MONTH.format(LocalDate.parse(data.get("period_start").asString())));
			model.put("reachedOn", DAY.format(reached));
			model.put("daysLeft", data.get("days_left").asLong());
			model.put("workdayPace", metric.format(data.get("workday_pace").asLong()));
			model.put("weekendPace", metric.format(data.get("weekend_day_pace").asLong()));
			model.put("lookbackDays", data.get("lookback_days").asInt());
			title = EarlyWarningWording.projectionTitle(metric, reached, quota.percent());
		}
		else {
			LocalDate day = LocalDate.parse(data.get("day").asString());
			String amount = metric.format(data.get("amount").asLong());
			model.put("projection", false);
			model.put("sidekick", data.get("sidekick_name").asString());
			model.put("day", DAY.format(day));
			model.put("amount", amount);
			model.put("median", metric.format(data.get("median").asLong()));
			model.put("usualLow", metric.format(data.get("usual_low").asLong()));
			model.put("usualHigh", metric.format(data.get("usual_high").asLong()));
			model.put("score", data.get("score").asDouble());
			model.put("comparedWith", data.get("compared_with").asString());
			title = EarlyWarningWording.unusualDayTitle(metric, data.get("sidekick_name").asString(), day,
					data.get("amount").asLong(), data.get("usual_low").asLong(), data.get("usual_high").asLong());
		}
		return new ComposedMail(warning.clientName() + ": " + title, this.templates.text(TEMPLATE, model),
				this.templates.html(TEMPLATE, model), List.of(), List.of());
	}

}
