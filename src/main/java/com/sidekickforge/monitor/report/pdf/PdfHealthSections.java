package com.sidekickforge.monitor.report.pdf;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;

import com.sidekickforge.monitor.report.model.DisabledWebhook;
import com.sidekickforge.monitor.report.model.HealthSummary;
import com.sidekickforge.monitor.report.model.MonitoringData;

import static com.sidekickforge.monitor.report.pdf.PdfSections.FORMAT;

/**
 * The summary's sections about the platform rather than usage: health (problems first, probes, each client's
 * health) and, in the superadmin's report, dead letters and disabled webhook endpoints.
 */
final class PdfHealthSections {

	private final PdfSections sections;

	private final Document document;

	private final PdfTables tables;

	private final PdfFonts fonts;

	PdfHealthSections(PdfSections sections, Document document, PdfTables tables, PdfFonts fonts) {
		this.sections = sections;
		this.document = document;
		this.tables = tables;
		this.fonts = fonts;
	}

	void health(MonitoringData data) {
		this.sections.heading("Health");
		HealthSummary health = data.health();
		for (HealthSummary.Problem problem : health.problems()) {
			this.document.add(new Paragraph(problem.target() + ": " + problem.status().replace('_', ' ')
					+ ((problem.reason() != null) ? " (" + problem.reason() + ")" : ""), new Font(this.fonts.bold(), 9,
							Font.NORMAL, "down".equals(problem.status()) ? PdfTables.SALMON : PdfTables.ORANGE)));
		}
		this.sections.say(((health.livekitServer() != null) ? health.livekitServer() : "LiveKit") + ": "
				+ health.livekit().replace('_', ' ') + ". API latency: " + health.apiLatency().replace('_', ' ')
				+ ". Container resources: " + health.containerResources() + ".");
		HealthSummary.ErrorRate errors = health.errorRate();
		this.sections.say((errors.percent() == null) ? "Error rate: no actions in the activity log and no probes this period."
				: "Error rate: " + FORMAT.rate(errors.percent()) + " (" + FORMAT.number(errors.failed()) + " of "
						+ FORMAT.number(errors.actions()) + " actions in the activity log and probes failed).");
		this.sections.say((health.checkedAt() == null) ? health.message()
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
						FORMAT.rate(c.errorRatePercent())));
			this.document.add(clients);
		}
	}

	void deadLetters(MonitoringData data) {
		this.sections.heading("Dead letters");
		for (DisabledWebhook endpoint : data.disabledWebhooks()) {
			this.sections.say("Webhook endpoint " + endpoint.name() + " is disabled: " + endpoint.reason() + ". Enable it again with "
					+ endpoint.enableCommand() + ".");
		}
		if (data.deadLetters().isEmpty()) {
			this.sections.say("Every mail and webhook of the period was delivered or is still being retried.");
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

}
