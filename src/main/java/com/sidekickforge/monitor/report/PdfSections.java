package com.sidekickforge.monitor.report;

import java.awt.Color;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import com.sidekickforge.monitor.quota.QuotaMetric;

/**
 * The summary's sections after the cover, each a heading and a table (or a sentence saying there is nothing).
 * Headings and client rows carry a tag whose page the table of contents shows.
 */
final class PdfSections {

	/** Amounts, percents and comparisons exactly as the dashboard and the mails write them (no times here). */
	static final DisplayFormat FORMAT = new DisplayFormat(java.time.ZoneOffset.UTC);

	private final Document document;

	private final PdfWriter writer;

	private final PdfTables tables;

	private final Font heading;

	private final Font text;

	private final PdfFonts fonts;

	private final Map<String, Integer> pages;

	private final boolean collecting;

	PdfSections(Document document, PdfWriter writer, PdfFonts fonts, PdfTables tables, Map<String, Integer> pages,
			boolean collecting) {
		this.document = document;
		this.writer = writer;
		this.tables = tables;
		this.heading = new Font(fonts.bold(), 13, Font.NORMAL, PdfTables.TEAL);
		this.text = new Font(fonts.regular(), 9, Font.NORMAL, new Color(0x1a1a1a));
		this.fonts = fonts;
		this.pages = pages;
		this.collecting = collecting;
	}

	/** Records the page of every tagged chunk while the first pass renders. */
	PdfPageEventHelper contentsRecorder() {
		return new PdfPageEventHelper() {
			@Override
			public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
				if (PdfSections.this.collecting && PdfSections.this.pages != null) {
					if (PdfSections.this.pages.get(tag) == null) {
						PdfSections.this.pages.put(tag, writer.getPageNumber());
					}
				}
			}
		};
	}

	void heading(String title) {
		// A heading never ends a page: when less than its section's first lines would fit, it starts the next one.
		if (this.writer.getVerticalPosition(true) - this.document.bottom() < 90) {
			this.document.newPage();
		}
		Paragraph paragraph = new Paragraph(new Chunk(title, this.heading).setGenericTag(title));
		paragraph.setSpacingBefore(14);
		paragraph.setSpacingAfter(4);
		paragraph.setKeepTogether(true);
		this.document.add(paragraph);
	}

	/** The table of contents; in the first pass its page numbers are placeholders of the same size. */
	void contents(Collection<String> entries) {
		this.document.newPage();
		this.document.add(new Paragraph(new Chunk("Contents", this.heading)));
		boolean[] numeric = { false, true };
		PdfPTable table = this.tables.table(List.of("Section or client", "Page"), new float[] { 8, 1 }, numeric);
		for (String entry : entries) {
			Integer page = this.collecting ? null : this.pages.get(entry);
			this.tables.row(table, numeric, entry, (page != null) ? page.toString() : "000");
		}
		this.document.add(table);
		this.document.newPage();
	}

	void conversations(MonitoringData data, PdfCharts charts, PdfWriter writer) {
		if (data.totalConversations() == 0) {
			say(data.emptyStates().getOrDefault("conversations", "No conversations in this period."));
			return;
		}
		PdfPTable pair = new PdfPTable(2);
		pair.setWidthPercentage(100);
		pair.addCell(chartCell(charts.image(writer, charts.charts().channels(data), 250, 150), "By channel"));
		pair.addCell(chartCell(charts.image(writer, charts.charts().hours(data), 250, 150), "By hour of day (" + data.timezone() + ")"));
		this.document.add(pair);
		boolean[] numeric = { false, true };
		PdfPTable statuses = this.tables.table(List.of("Status", "Conversations"), new float[] { 3, 1 }, numeric);
		data.conversationsByStatus().forEach((status, count) -> this.tables.row(statuses, numeric,
				"not_tracked".equals(status) ? "not tracked (the tenant records no status)" : status, count));
		this.document.add(statuses);
	}

	void sidekicks(MonitoringData data, int adminLimit) {
		heading("Sidekicks");
		boolean several = data.clients().size() > 1;
		List<SidekickStatus> shown = several ? SummaryPdf.busiest(data.sidekicks(), adminLimit) : data.sidekicks();
		if (shown.isEmpty()) {
			say(data.emptyStates().getOrDefault("sidekicks", "No sidekicks."));
			return;
		}
		if (shown.size() < data.sidekicks().size()) {
			say("The " + shown.size() + " busiest of " + data.sidekicks().size()
					+ " sidekicks; each client's own report lists all of theirs.");
		}
		// A client's own report names the client once, on its cover: its table has no client column.
		List<String> headers = new java.util.ArrayList<>(List.of("Sidekick", "Status", "Conversations",
				"Voice min", "Text msgs", "Chunks", "Last activity"));
		List<Float> widths = new java.util.ArrayList<>(List.of(3f, 1.5f, 1.8f, 1.4f, 1.4f, 1.3f, 2.4f));
		if (several) {
			headers.add(0, "Client");
			widths.add(0, 3f);
		}
		boolean[] numeric = new boolean[headers.size()];
		for (int i = headers.size() - 5; i < headers.size() - 1; i++) {
			numeric[i] = true;
		}
		float[] relative = new float[widths.size()];
		for (int i = 0; i < relative.length; i++) {
			relative[i] = widths.get(i);
		}
		PdfPTable table = this.tables.table(headers, relative, numeric);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
			.withZone(ZoneId.of(data.timezone()));
		for (SidekickStatus s : shown) {
			List<Object> cells = new java.util.ArrayList<>(List.of(s.agentName(), s.status(), s.periodConversations(),
					QuotaMetric.VOICE_SECONDS.format(s.periodVoiceSeconds()), s.periodTextMessages(),
					s.periodEmbeddingChunks(), (s.lastActivity() != null) ? time.format(s.lastActivity()) : "never"));
			if (several) {
				cells.add(0, s.clientName());
			}
			this.tables.row(table, numeric, cells.toArray());
		}
		this.document.add(table);
	}

	void clients(MonitoringData data) {
		heading("Clients");
		boolean[] numeric = { false, false, true, true, true, true, true, true, true };
		PdfPTable table = this.tables.table(List.of("Client", "Tier", "Voice", "Text", "Chunks", "Sidekicks",
				"Conversations", "Warnings", "Errors"), new float[] { 4, 1.6f, 1.4f, 1.4f, 1.4f, 1.3f, 1.8f, 1.4f, 1.3f },
				numeric);
		for (ClientSummary client : data.clients()) {
			// The name carries the tag the table of contents finds the client's page by.
			Phrase name = this.tables.text("");
			name.add(new Chunk(client.clientName(), name.getFont()).setGenericTag(client.clientName()));
			table.addCell(this.tables.cell(name, false));
			table.addCell(this.tables.cell(this.tables.text(client.tier()), false));
			for (QuotaStatus quota : client.quotas()) {
				table.addCell(this.tables.cell(this.tables.level(FORMAT.percent(quota), quota.level()), true));
			}
			for (long count : new long[] { client.sidekicks(), client.periodConversations(), client.activeWarnings() }) {
				table.addCell(this.tables.cell(this.tables.text(String.format(Locale.ROOT, "%,d", count)), true));
			}
			table.addCell(this.tables.cell(this.tables.text((client.errorRatePercent() != null)
					? String.format(Locale.ROOT, "%.1f %%", client.errorRatePercent()) : "\u2013"), true));
		}
		this.document.add(table);
	}

	void health(MonitoringData data) {
		heading("Health");
		HealthSummary health = data.health();
		for (HealthSummary.Problem problem : health.problems()) {
			this.document.add(new Paragraph(problem.target() + ": " + problem.status().replace('_', ' ')
					+ ((problem.reason() != null) ? " (" + problem.reason() + ")" : ""), new Font(this.fonts.bold(), 9,
							Font.NORMAL, "down".equals(problem.status()) ? PdfTables.SALMON : PdfTables.ORANGE)));
		}
		say(((health.livekitServer() != null) ? health.livekitServer() : "LiveKit") + ": "
				+ health.livekit().replace('_', ' ') + ". API latency: " + health.apiLatency().replace('_', ' ')
				+ ". Container resources: " + health.containerResources() + ".");
		HealthSummary.ErrorRate errors = health.errorRate();
		say((errors.percent() == null) ? "Error rate: no actions in the activity log and no probes this period."
				: String.format(Locale.ROOT, "Error rate: %.2f %% (%,d of %,d actions in the activity log and probes failed).",
						errors.percent(), errors.failed(), errors.actions()));
		say((health.checkedAt() == null) ? health.message()
				: "Health check of " + DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
					.withZone(ZoneId.of(data.timezone()))
					.format(health.checkedAt()) + ": " + health.status().replace('_', ' ') + ".");
		boolean[] numeric = { false, false, true, false };
		PdfPTable table = this.tables.table(List.of("Checked", "Status", "Answer", "Why"), new float[] { 3, 1.3f, 1.5f, 4 },
				numeric);
		health.databases()
			.stream()
			.filter((db) -> health.probes().stream().noneMatch((p) -> p.target().equals(db.name())))
			.forEach((db) -> this.tables.row(table, numeric, db.name() + " (read by the report)",
					db.status().replace('_', ' '), "\u2013", db.error()));
		health.probes()
			.forEach((probe) -> this.tables.row(table, numeric, probe.target(), probe.status(),
					(probe.latencyMillis() == null) ? "\u2013" : probe.latencyMillis() + " ms"
							+ ((probe.p95Millis() != null) ? " (p95 " + probe.p95Millis() + ")" : ""),
					(probe.activeSessions() != null && probe.reason() == null) ? probe.activeSessions() + " voice sessions"
							: probe.reason()));
		this.document.add(table);
		if (health.clients().size() > 1 && !"subscriber".equals(data.scope().role())) {
			boolean[] clientNumeric = { false, false, false, false, true };
			PdfPTable clients = this.tables.table(List.of("Client", "Health", "LiveKit", "Database", "Errors today"),
					new float[] { 3, 1.3f, 1.3f, 1.3f, 1.3f }, clientNumeric);
			health.clients()
				.forEach((c) -> this.tables.row(clients, clientNumeric, c.name(), c.status().replace('_', ' '),
						c.livekit().replace('_', ' '), c.database().replace('_', ' '),
						(c.errorRatePercent() != null) ? String.format(Locale.ROOT, "%.1f %%", c.errorRatePercent())
								: "\u2013"));
			this.document.add(clients);
		}
	}

	void alerts(MonitoringData data) {
		heading("Quota alerts of the period");
		if (data.alerts().isEmpty()) {
			say("No quota alerts in this period.");
			return;
		}
		boolean[] numeric = { false, false, false, false, true };
		PdfPTable table = this.tables.table(List.of("When", "Client", "Quota", "Event", "Used / limit"),
				new float[] { 2.2f, 3, 2, 2.6f, 2 }, numeric);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
			.withZone(ZoneId.of(data.timezone()));
		for (AlertItem alert : data.alerts()) {
			String event = "quota.recovered".equals(alert.eventType()) ? "recovered below " + alert.threshold() + " %"
					: "crossed " + FORMAT.thresholds(alert.thresholds());
			this.tables.row(table, numeric, time.format(alert.occurredAt()), alert.clientName(),
					metricName(alert.metric()), event,
					QuotaMetric.ofKey(alert.metric()).format(alert.used()) + " / " + amount(alert.metric(), alert.limit()));
		}
		this.document.add(table);
	}

	void gaps(MonitoringData data) {
		heading("Tracking gaps");
		if (data.trackingGaps().isEmpty()) {
			say("Counters and events agree within the tolerance.");
			return;
		}
		boolean[] numeric = { false, false, false, true, true };
		PdfPTable table = this.tables.table(List.of("Client", "Quota", "Billing period", "Counter", "Events"),
				new float[] { 3, 2, 2, 1.5f, 1.5f }, numeric);
		data.trackingGaps().forEach((gap) -> this.tables.row(table, numeric, gap.clientName(), metricName(gap.metric()),
				gap.periodStart() + " to " + gap.checkedThrough(), gap.counterTotal(), gap.eventTotal()));
		this.document.add(table);
	}

	void deadLetters(MonitoringData data) {
		heading("Dead letters");
		for (DisabledWebhook endpoint : data.disabledWebhooks()) {
			say("Webhook endpoint " + endpoint.name() + " is disabled: " + endpoint.reason() + ". Enable it again with "
					+ endpoint.enableCommand() + ".");
		}
		if (data.deadLetters().isEmpty()) {
			say("Every mail and webhook of the period was delivered or is still being retried.");
			return;
		}
		boolean[] numeric = { false, false, false, true, false };
		PdfPTable table = this.tables.table(List.of("Event", "Channel", "To", "Attempts", "Retry with"),
				new float[] { 2, 1, 3, 1, 4 }, numeric);
		data.deadLetters().forEach((dead) -> this.tables.row(table, numeric, dead.eventType() + " (" + dead.status() + ")",
				dead.channel(),
				dead.destination(), dead.attempts(), dead.retryCommand()));
		this.document.add(table);
	}

	private void say(String sentence) {
		this.document.add(new Paragraph(sentence, this.text));
	}

	private PdfPCell chartCell(org.openpdf.text.Image image, String caption) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.addElement(new Paragraph(caption, this.text));
		cell.addElement(image);
		return cell;
	}

	static String metricName(String metric) {
		return QuotaMetric.ofKey(metric).title();
	}

	/** An amount as people read it: voice in minutes. */
	static String amount(String metric, long amount) {
		return FORMAT.amount(metric, amount);
	}

}
