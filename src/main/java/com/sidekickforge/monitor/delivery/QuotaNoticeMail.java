package com.sidekickforge.monitor.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.alert.QuotaNotice;
import com.sidekickforge.monitor.alert.QuotaNotices;
import com.sidekickforge.monitor.chart.ChartImages;
import com.sidekickforge.monitor.chart.ChartTheme;
import com.sidekickforge.monitor.chart.DailyUsageChart;
import com.sidekickforge.monitor.chart.QuotaRingChart;
import com.sidekickforge.monitor.config.AdminLinks;
import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.event.EventType;
import com.sidekickforge.monitor.mail.ComposedMail;
import com.sidekickforge.monitor.mail.MailComposer;
import com.sidekickforge.monitor.outbox.OutboxMessage;
import com.sidekickforge.monitor.quota.Quota;
import com.sidekickforge.monitor.quota.QuotaMetric;
import com.sidekickforge.monitor.quota.UsageHistory;
import com.sidekickforge.monitor.report.assembly.QuotaStatuses;
import com.sidekickforge.monitor.report.model.QuotaStatus;
import com.sidekickforge.monitor.templates.TemplateRenderer;

/**
 * The mail of a quota notice ({@code mail/quota-alert.html} and {@code .txt}): the quota's ring and the
 * month's daily usage as inline PNGs from the report charts, the projection, a link to the client in the
 * admin and, at 100 %, the upgrade prompt. It is about one client only, whoever receives it.
 */
@Component
class QuotaNoticeMail implements MailComposer {

	static final String TEMPLATE = "mail/quota-alert";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	private final QuotaNotices notices;

	private final UsageHistory history;

	private final TemplateRenderer templates;

	private final AdminLinks links;

	private final Clock clock;

	private final ZoneId zone;

	QuotaNoticeMail(QuotaNotices notices, UsageHistory history, TemplateRenderer templates, ForgeProperties properties,
			Clock clock) {
		this.notices = notices;
		this.history = history;
		this.templates = templates;
		this.links = AdminLinks.of(properties);
		this.clock = clock;
		this.zone = properties.timezone();
	}

	@Override
	public boolean composes(String eventType) {
		return EventType.QUOTA_THRESHOLD_CROSSED.is(eventType) || EventType.QUOTA_RECOVERED.is(eventType);
	}

	@Override
	public ComposedMail compose(OutboxMessage message) {
		QuotaNotice notice = this.notices.find(message.subjectId())
			.orElseThrow(() -> new IllegalStateException("quota notice " + message.subjectId() + " is missing"));
		Quota quota = new Quota(notice.metric(), notice.used(), notice.limit());
		// The ring and the level colour drawn from the record the reports draw them from.
		QuotaStatus status = QuotaStatuses.counters(quota);
		QuotaMetric metric = notice.metric();
		Map<String, Object> model = new HashMap<>();
		model.put("notice", notice);
		model.put("clientName", notice.clientName());
		model.put("crossed", notice.crossed());
		model.put("metric", metric.title());
		model.put("unit", metric.unit());
		model.put("percent", quota.percentText());
		model.put("used", metric.format(quota.used()));
		model.put("limit", quota.unlimited() ? "Unlimited" : metric.format(quota.limit()));
		model.put("threshold", notice.threshold());
		model.put("thresholds", notice.thresholds());
		model.put("otherThresholds", notice.thresholds().subList(0, notice.thresholds().size() - 1));
		model.put("period", MONTH.format(notice.periodStart()));
		model.put("projection", (notice.projectedDate() != null) ? DAY.format(notice.projectedDate()) : null);
		model.put("atLimit", notice.crossed() && !quota.unlimited() && quota.used() >= quota.limit());
		model.put("levelColor", MailTheme.hex(ChartTheme.DARK.level(status)));
		model.put("adminUrl", this.links.client(notice.clientId()));
		model.put("upgradeUrl", this.links.upgrade(notice.clientId()));
		model.put("theme", MailTheme.colors());
		String subject = notice.crossed()
				? String.format(Locale.ROOT, "%s: %s quota at %s (%d %% threshold)", notice.clientName(), metric.title(),
						model.get("percent"), notice.threshold())
				: String.format(Locale.ROOT, "%s: %s quota back below %d %%", notice.clientName(), metric.title(),
						notice.threshold());
		byte[] ring = ChartImages.png(QuotaRingChart.of(status, ChartTheme.DARK), 200, 200);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.zone);
		LocalDate periodEnd = YearMonth.from(notice.periodStart()).atEndOfMonth();
		LocalDate last = today.isBefore(periodEnd) ? today : periodEnd;
		Map<LocalDate, Double> days = new LinkedHashMap<>();
		this.history.daily(notice.clientId(), metric, notice.periodStart(), last)
			.forEach((day, amount) -> days.put(day, metric.inUnit(amount)));
		byte[] usage = ChartImages.png(DailyUsageChart.of(days, metric.unit() + " per day", ChartTheme.DARK), 520, 200);
		return new ComposedMail(subject, this.templates.text(TEMPLATE, model), this.templates.html(TEMPLATE, model),
				List.of(new ComposedMail.InlineImage("quota-ring", ring), new ComposedMail.InlineImage("usage-chart", usage)),
				List.of());
	}

}
