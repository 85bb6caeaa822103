package com.sidekickforge.monitor.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.chart.ChartImages;
import com.sidekickforge.monitor.chart.ChartTheme;
import com.sidekickforge.monitor.chart.ReportCharts;
import com.sidekickforge.monitor.event.EventType;
import com.sidekickforge.monitor.mail.ComposedMail;
import com.sidekickforge.monitor.mail.MailComposer;
import com.sidekickforge.monitor.outbox.OutboxMessage;
import com.sidekickforge.monitor.report.assembly.ReportHeadlines;
import com.sidekickforge.monitor.report.model.DisplayFormat;
import com.sidekickforge.monitor.report.model.QuotaStatus;
import com.sidekickforge.monitor.report.model.ReportHeadline;
import com.sidekickforge.monitor.templates.TemplateRenderer;

/**
 * The mail of a published report ({@code mail/report.html} and {@code .txt}): the scope's quota rings and the
 * period's usage trend inline (the same chart code as the dashboard and the PDF), its headline figures written by
 * the dashboard's {@link DisplayFormat}, and the PDF and CSV attached when the schedule asked for them. The figures
 * are the run's own {@link ReportHeadline} of the scope, kept with the delivery, so a mail depends on no format.
 */
@Component
class ReportMail implements MailComposer {

	private static final ReportCharts CHARTS = new ReportCharts(ChartTheme.DARK_BUNDLED);

	private final JdbcClient store;

	private final TemplateRenderer templates;

	private final ReportHeadlines headlines;

	ReportMail(DataSource store, TemplateRenderer templates, ReportHeadlines headlines) {
		this.store = JdbcClient.create(store);
		this.templates = templates;
		this.headlines = headlines;
	}

	@Override
	public boolean composes(String eventType) {
		return EventType.REPORT_PUBLISHED.is(eventType);
	}

	@Override
	public ComposedMail compose(OutboxMessage message) {
		Map<String, Object> row = this.store.sql("""
				SELECT period, scope_label, exports_path, formats, figures FROM monitor.report_delivery WHERE id = :id
				""").param("id", message.subjectId()).query().singleRow();
		String figures = (String) row.get("figures");
		if (figures == null) {
			throw new IllegalStateException("Report delivery " + message.subjectId() + " keeps no figures (queued "
					+ "before this version): run the report again");
		}
		ReportHeadline headline = this.headlines.parse(figures);
		DisplayFormat format = DisplayFormat.of(ZoneId.of(headline.timezone()));
		Map<String, Object> model = new HashMap<>();
		model.put("scope", headline.scopeLabel());
		model.put("periodLabel", headline.periodLabel());
		model.put("asOf", format.time(headline.asOf()) + " " + headline.timezone());
		model.put("conversations", format.number(headline.conversations().current()));
		model.put("conversationsAgainst", format.against(null, headline.conversations()));
		model.put("warnings", headline.activeWarnings());
		List<Map<String, String>> quotas = new ArrayList<>();
		List<ComposedMail.InlineImage> images = new ArrayList<>();
		for (QuotaStatus quota : headline.quotas()) {
			String cid = "ring-" + quota.metric().replace('_', '-');
			images.add(new ComposedMail.InlineImage(cid, ChartImages.png(CHARTS.ring(quota), 180, 170)));
			Map<String, String> figure = new LinkedHashMap<>();
			figure.put("title", format.title(quota.metric()));
			figure.put("cid", cid);
			figure.put("alt", format.title(quota.metric()) + ": " + format.headline(quota)
					+ (format.percent(quota).isEmpty() ? "" : " (" + format.percent(quota) + ")"));
			figure.put("headline", format.headline(quota));
			figure.put("period", format.periodUsed(quota));
			figure.put("gap", format.gap(quota));
			figure.put("against", format.against(quota.metric(), quota.trend()));
			quotas.add(figure);
		}
		model.put("quotas", quotas);
		images.add(new ComposedMail.InlineImage("usage-trend",
				ChartImages.png(CHARTS.trend(headline.dailyUsage(), headline.bucket()), 560, 220)));
		model.put("trendAlt", "Usage per " + headline.bucket() + ", " + headline.periodLabel()
				+ ": voice minutes, text messages and embedding chunks");
		List<String> formats = List.of(((String) row.get("formats")).split(","));
		Path exports = Path.of((String) row.get("exports_path"));
		List<ComposedMail.Attachment> attachments = new ArrayList<>();
		if (formats.contains("pdf")) {
			attachments.add(attachment(exports.resolve("summary-" + headline.period() + ".pdf"), "application/pdf"));
		}
		if (formats.contains("csv")) {
			attachments.add(attachment(exports.resolve("usage-" + headline.period() + ".csv"), "text/csv"));
		}
		model.put("attached", attachments.stream().map(ComposedMail.Attachment::fileName).toList());
		return new ComposedMail("Forge Monitor report: " + headline.scopeLabel() + ", " + headline.periodLabel(),
				this.templates.text("mail/report", model), this.templates.html("mail/report", model), images, attachments);
	}

	/** A file the schedule asked for: its absence is an error, not a mail without it. */
	private static ComposedMail.Attachment attachment(Path file, String type) {
		try {
			return new ComposedMail.Attachment(file.getFileName().toString(), type, Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The report file " + file + " the schedule asked for cannot be read: "
					+ ex.getMessage(), ex);
		}
	}

}
