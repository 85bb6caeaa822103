package com.sidekickforge.monitor.report.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.report.model.DisplayFormat;
import com.sidekickforge.monitor.report.model.MonitoringData;
import com.sidekickforge.monitor.report.model.PeriodKind;
import com.sidekickforge.monitor.report.model.QuotaStatus;
import com.sidekickforge.monitor.report.model.ReportJson;
import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.model.TimelineEvent;
import com.sidekickforge.monitor.templates.TemplateRenderer;

/**
 * The self-contained HTML dashboard ({@code report-templates/dashboard/index.html}): inline CSS, inline SVG charts,
 * inline script and data, no request of any kind. Every value is escaped by the template; the embedded JSON has
 * its {@code <}, {@code >} and {@code &} escaped so no value can close the script element.
 */
@Component
public class DashboardHtml {

	private final TemplateRenderer templates;

	private final ReportJson json = new ReportJson();

	DashboardHtml(TemplateRenderer templates) {
		this.templates = templates;
	}

	/**
	 * @param periods the data of each embedded period, the default ({@code current}) first
	 * @param published the page will be served with its {@code data.json} beside it
	 */
	public void write(List<MonitoringData> periods, boolean published, OutputStream out) {
		write(page(periods, published, null), out);
	}

	/** The page {@code serve} shows: the periods' data now, with sections that refresh themselves. */
	public void writeLive(List<MonitoringData> periods, LiveView live, OutputStream out) {
		write(page(periods, false, live), out);
	}

	/** One refreshing section of the live page, as its partial endpoint answers. */
	public String section(List<MonitoringData> periods, LiveView live, String section) {
		return WithoutIndentation.of(
				this.templates.htmlFragment("dashboard/index", section, model(page(periods, false, live.refreshed()))));
	}

	private void write(DashboardPage page, OutputStream out) {
		// Streamed to the file through a buffer: a page of all clients is megabytes, and never a whole String here.
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		try {
			WithoutIndentation stripped = new WithoutIndentation(writer);
			this.templates.html("dashboard/index", model(page), stripped);
			stripped.flush(); // not closed: the stream is the caller's
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, Object> model(DashboardPage page) {
		return Map.of("page", page, "fmt", new DisplayFormat(ZoneId.of(page.current().timezone())));
	}

	private DashboardPage page(List<MonitoringData> periods, boolean published, LiveView live) {
		MonitoringData current = periods.get(0);
		ZoneId zone = ZoneId.of(current.timezone());
		DisplayFormat format = new DisplayFormat(zone);
		SvgCharts svg = new SvgCharts(format);
		HtmlCharts html = new HtmlCharts(format);
		List<DashboardPage.PeriodPanel> panels = new ArrayList<>();
		for (MonitoringData data : periods) {
			long max = data.conversations().heatmap().stream().flatMap(List::stream).mapToLong(Long::longValue).max()
				.orElse(0);
			panels.add(new DashboardPage.PeriodPanel(data.period(),
					ReportPeriod.shortLabel(PeriodKind.ofKey(data.period()), data.periodStart(), data.periodEnd()),
					data.periodStart().atStartOfDay(zone).toInstant().toEpochMilli(),
					data.periodEnd().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli(), data,
					svg.trend(data, "trend-" + data.period()), svg.channels(data, "channels-" + data.period()),
					svg.hours(data, "hours-" + data.period()), svg.statuses(data, "statuses-" + data.period()), max,
					html.heatmap(data.conversations().heatmap(), max),
					html.errorRateSparkline(data.health().errorRate().trend())));
		}
		List<String> rings = new ArrayList<>();
		for (QuotaStatus quota : current.quotas()) {
			rings.add(svg.ring(quota, "ring-" + quota.metric()));
		}
		List<DashboardPage.ClientGroup> groups = current.clients().stream()
			.map((client) -> new DashboardPage.ClientGroup(client, current.sidekicks().stream()
				.filter((s) -> s.clientId().equals(client.clientId()))
				.toList()))
			.toList();
		// The longest period's timeline holds every shorter one's newest events: the page filters it by period.
		MonitoringData longest = periods.stream().min((a, b) -> a.periodStart().compareTo(b.periodStart())).orElseThrow();
		List<TimelineEvent> timeline = longest.activity();
		String asOf = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(zone).format(current.asOf())
				+ " " + current.timezone();
		boolean severalClients = current.clients().size() > 1;
		return new DashboardPage(current, panels, rings, groups,
				new SidekickGridHtml(format).groups(groups, severalClients),
				new TimelineHtml(format).events(timeline, severalClients),
				List.copyOf(new TreeSet<>(timeline.stream().map(TimelineEvent::eventType).toList())),
				SvgCharts.seriesColours(), asOf, scriptSafe(this.json.compact(summary(current))), published,
				severalClients, live);
	}

	/**
	 * What the page keeps as data (and refreshes from data.json when published): the headline figures, not the
	 * whole report, which the page already shows and {@code data.json} holds.
	 */
	static Map<String, Object> summary(MonitoringData data) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("period_start", data.periodStart());
		summary.put("period_end", data.periodEnd());
		summary.put("as_of", data.asOf());
		summary.put("scope", data.scope());
		summary.put("voice_quota", data.voiceQuota());
		summary.put("text_quota", data.textQuota());
		summary.put("embedding_quota", data.embeddingQuota());
		summary.put("total_conversations", data.totalConversations());
		summary.put("active_warnings", data.activeWarnings());
		return summary;
	}

	/** JSON placed inside a script element: nothing in it can end the element or start markup. */
	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
