package com.sidekickforge.monitor.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.sidekickforge.monitor.chart.ChartImages;
import com.sidekickforge.monitor.chart.ChartTheme;
import com.sidekickforge.monitor.chart.QuotaRingChart;
import com.sidekickforge.monitor.mail.ComposedMail;
import com.sidekickforge.monitor.mail.MailComposer;
import com.sidekickforge.monitor.mail.MailTemplates;
import com.sidekickforge.monitor.outbox.OutboxMessage;
import com.sidekickforge.monitor.quota.Quota;
import com.sidekickforge.monitor.quota.QuotaMetric;

/**
 * The mail of a published report ({@code mail/report.html} and {@code .txt}): the scope's headline figures with
 * its quota rings inline (the same chart code as the dashboard and the PDF), the PDF and CSV of the scope
 * attached. Everything comes from the scope's own files, so it shows nothing of another scope.
 */
@Component
class ReportMail implements MailComposer {

	private final JdbcClient store;

	private final MailTemplates templates;

	private final JsonMapper json = JsonMapper.builder().build();

	ReportMail(DataSource store, MailTemplates templates) {
		this.store = JdbcClient.create(store);
		this.templates = templates;
	}

	@Override
	public boolean composes(String eventType) {
		return ReportDelivery.TYPE.equals(eventType);
	}

	@Override
	public ComposedMail compose(OutboxMessage message) {
		Map<String, Object> row = this.store.sql("""
				SELECT period, scope_label, exports_path, formats FROM monitor.report_delivery WHERE id = :id
				""").param("id", message.subjectId()).query().singleRow();
		String period = (String) row.get("period");
		Path exports = Path.of((String) row.get("exports_path"));
		List<String> formats = List.of(((String) row.get("formats")).split(","));
		JsonNode data = read(exports.resolve("monitoring-" + period + ".json"));
		Map<String, Object> model = new HashMap<>();
		model.put("scope", row.get("scope_label"));
		model.put("periodLabel", data.path("period_label").asString(""));
		model.put("conversations", String.format(Locale.ROOT, "%,d", data.path("total_conversations").asLong()));
		model.put("warnings", data.path("active_warnings").asInt());
		List<Map<String, String>> quotas = new ArrayList<>();
		List<ComposedMail.InlineImage> images = new ArrayList<>();
		for (String field : List.of("voice_quota", "text_quota", "embedding_quota")) {
			JsonNode quota = data.path(field);
			QuotaMetric metric = QuotaMetric.ofKey(quota.path("metric").asString());
			String cid = "ring-" + metric.key();
			if (quota.has("limit")) {
				images.add(new ComposedMail.InlineImage(cid, ChartImages.png(QuotaRingChart.of(
						new Quota(metric, quota.path("used").asLong(), quota.path("limit").asLong()), ChartTheme.DARK), 180, 170)));
			}
			quotas.add(Map.of("title", metric.title(), "cid", quota.has("limit") ? cid : "", "used",
					String.format(Locale.ROOT, "%,d %s", metric.shown(quota.path("used").asLong()), metric.unit()),
					"period", String.format(Locale.ROOT, "%,d %s", metric.shown(quota.path("period_used").asLong()),
							metric.unit())));
		}
		model.put("quotas", quotas);
		List<ComposedMail.Attachment> attachments = new ArrayList<>();
		if (formats.contains("pdf")) {
			attach(attachments, exports.resolve("summary-" + period + ".pdf"), "application/pdf");
		}
		if (formats.contains("csv")) {
			attach(attachments, exports.resolve("usage-" + period + ".csv"), "text/csv");
		}
		return new ComposedMail("Forge Monitor report: " + row.get("scope_label") + ", " + model.get("periodLabel"),
				this.templates.text("mail/report", model), this.templates.html("mail/report", model), images, attachments);
	}

	private JsonNode read(Path file) {
		try {
			return this.json.readTree(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the report " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static void attach(List<ComposedMail.Attachment> attachments, Path file, String type) {
		if (Files.isRegularFile(file)) {
			try {
				attachments.add(new ComposedMail.Attachment(file.getFileName().toString(), type, Files.readAllBytes(file)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
