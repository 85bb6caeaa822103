package com.sidekickforge.monitor.report.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

import com.sidekickforge.monitor.report.model.ClientSummary;
import com.sidekickforge.monitor.report.model.ConversationAnalytics;
import com.sidekickforge.monitor.report.model.MonitoringData;
import com.sidekickforge.monitor.report.model.QuotaStatus;
import com.sidekickforge.monitor.report.model.SidekickStatus;

/**
 * {@code summary-<period>.pdf}: what a manager reads. A cover with scope, period and the quota rings, the usage
 * trend and conversation charts drawn as vectors, then tables that break across pages with their header
 * repeated: sidekicks, clients, health, alerts, tracking gaps and dead letters. Reports of many clients open
 * with a table of contents, whose page numbers come from a first, unsaved rendering.
 */
@Component
public class SummaryPdf {

	/** Clients from which an admin report gets a table of contents. */
	static final int CONTENTS_FROM = 10;

	/** The left and right margin of every page (points). */
	private static final float MARGIN = 40;

	/** Sidekicks an admin report lists; each client's own report lists all of theirs. */
	static final int ADMIN_SIDEKICKS = 100;

	private final PdfFonts fonts;

	private final PdfCharts charts;

	public SummaryPdf(PdfFonts fonts) {
		this.fonts = fonts;
		this.charts = new PdfCharts(fonts);
	}

	public void write(MonitoringData data, OutputStream out) {
		Map<String, Integer> pages = null;
		if (data.clients().size() >= CONTENTS_FROM) {
			// Every entry is known before the first pass, so both passes lay out the same contents.
			pages = new LinkedHashMap<>();
			for (String section : List.of("Usage trend", "Conversations", "Sidekicks", "Clients")) {
				pages.put(section, null);
			}
			for (ClientSummary client : data.clients()) {
				pages.put(client.clientName(), null);
			}
			for (String section : List.of("Health", "Alerts of the period", "Tracking gaps", "Dead letters")) {
				pages.put(section, null);
			}
			render(data, OutputStream.nullOutputStream(), pages, true);
		}
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
		render(data, pdf, pages, false);
		try {
			out.write(PdfSubsetPrefixes.stable(pdf.toByteArray()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param pages the table of contents: page per entry, filled by a first pass ({@code collecting}) and read by
	 * the second; null for no table of contents
	 */
	private void render(MonitoringData data, OutputStream out, Map<String, Integer> pages, boolean collecting) {
		Document document = new Document(PageSize.A4, MARGIN, MARGIN, 48, 44);
		PdfTables tables = new PdfTables(this.fonts, PageSize.A4.getWidth() - 2 * MARGIN);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		ZoneId zone = ZoneId.of(data.timezone());
		String asOf = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(zone).format(data.asOf())
				+ " " + data.timezone();
		writer.setPageEvent(new PdfPageFrame(this.fonts.regular(),
				"Forge Monitor \u00b7 " + data.scope().label() + " \u00b7 " + data.periodLabel() + " \u00b7 as of " + asOf));
		PdfSections sections = new PdfSections(document, writer, this.fonts, tables, pages, collecting);
		writer.setPageEvent(sections.contentsRecorder());
		document.addTitle("Forge Monitor summary: " + data.scope().label());
		document.addCreator("Forge Monitor");
		document.open();
		sameFileForSameReport(writer, data);
		cover(document, data, asOf, writer, tables);
		if (pages != null) {
			sections.contents(pages.keySet());
		}
		sections.heading("Usage trend", 230);
		document.add(this.charts.image(writer, this.charts.charts().trend(data), 515, 230));
		sections.usage(data);
		sections.heading("Conversations", 150);
		sections.conversations(data, this.charts, writer);
		sections.sidekicks(data, ADMIN_SIDEKICKS);
		if (data.clients().size() > 1) {
			sections.clients(data);
		}
		PdfHealthSections platform = new PdfHealthSections(sections, document, tables, this.fonts);
		platform.health(data);
		sections.alerts(data);
		sections.gaps(data);
		if (data.scope().clientSlug() == null && "superadmin".equals(data.scope().role())) {
			platform.deadLetters(data);
		}
		document.close();
	}

	private void cover(Document document, MonitoringData data, String asOf, PdfWriter writer, PdfTables tables) {
		Font brand = new Font(this.fonts.bold(), 22, Font.NORMAL, PdfTables.TEAL);
		Font title = new Font(this.fonts.bold(), 15, Font.NORMAL, new Color(0x1a1a1a));
		Font text = new Font(this.fonts.regular(), 10, Font.NORMAL, new Color(0x5a5a5a));
		document.add(new Paragraph("Forge Monitor", brand));
		Paragraph scope = new Paragraph("Usage summary: " + data.scope().label(), title);
		scope.setSpacingBefore(4);
		document.add(scope);
		document.add(new Paragraph(data.periodLabel() + "  \u00b7  as of " + asOf, text));
		if (data.activeWarnings() > 0) {
			Paragraph badge = new Paragraph(new Chunk(" " + data.activeWarnings() + " active warning"
					+ ((data.activeWarnings() == 1) ? "" : "s") + " ",
					new Font(this.fonts.bold(), 10, Font.NORMAL, Color.WHITE)).setBackground(PdfTables.SALMON, 2, 3, 2, 3));
			badge.setSpacingBefore(8);
			document.add(badge);
		}
		PdfPTable rings = new PdfPTable(3);
		rings.setWidthPercentage(100);
		rings.setSpacingBefore(14);
		for (QuotaStatus quota : data.quotas()) {
			JFreeChart chart = this.charts.charts().ring(quota);
			var cell = new PdfPCell(this.charts.image(writer, chart, 165, 160), true);
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			rings.addCell(cell);
		}
		document.add(rings);
		boolean[] numeric = { false, true, false };
		PdfPTable figures = tables.table(List.of("Figure", "Value", "Against the previous period"),
				new float[] { 3, 2, 3 }, numeric);
		ConversationAnalytics c = data.conversations();
		tables.row(figures, numeric, "Conversations", c.total().current(),
				PdfSections.FORMAT.against(null, c.total()));
		for (QuotaStatus quota : data.quotas()) {
			tables.row(figures, numeric, PdfSections.metricName(quota.metric()) + " used in the period"
					+ ((quota.periodSource() != null) ? " (from " + quota.periodSource() + ")" : ""),
					PdfSections.amount(quota.metric(), quota.periodUsed()), PdfSections.FORMAT.against(quota.metric(), quota.trend()));
			if (quota.counterGap() != null) {
				tables.row(figures, numeric, PdfSections.metricName(quota.metric()) + " counted by the usage counters",
						PdfSections.amount(quota.metric(), quota.used()), PdfSections.FORMAT.gap(quota));
			}
		}
		tables.row(figures, numeric, "Average voice call", PdfSections.FORMAT.minutes(c.avgVoiceDurationMinutes()),
				PdfSections.FORMAT.number(c.voiceCalls()) + " calls");
		tables.row(figures, numeric, "Messages per conversation",
				PdfSections.FORMAT.decimal(c.avgMessagesPerConversation()), "");
		Map<String, Long> statuses = new LinkedHashMap<>();
		data.sidekicks().forEach((s) -> statuses.merge(s.status(), 1L, Long::sum));
		tables.row(figures, numeric, "Sidekicks", data.sidekicks().size(),
				statuses.entrySet().stream().sorted(Map.Entry.comparingByKey())
					.map((e) -> e.getValue() + " " + e.getKey()).reduce((a, b) -> a + ", " + b).orElse("none"));
		document.add(figures);
	}

	/** The sidekicks an admin report lists: the busiest. */
	static List<SidekickStatus> busiest(List<SidekickStatus> sidekicks, int limit) {
		List<SidekickStatus> sorted = new ArrayList<>(sidekicks);
		sorted.sort(Comparator.comparingLong(SidekickStatus::periodConversations).reversed());
		return sorted.subList(0, Math.min(limit, sorted.size()));
	}

	/**
	 * Dated by the report's as-of moment and identified by its scope, period and moment, instead of the clock and a
	 * random file id: a report written again for the same data is the same file, byte for byte, so a publication
	 * shares it with the previous generation instead of keeping a second copy.
	 */
	private static void sameFileForSameReport(PdfWriter writer, MonitoringData data) {
		Calendar moment = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
		moment.setTimeInMillis(data.asOf().toEpochMilli());
		writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(moment));
		writer.getInfo().put(PdfName.MODDATE, new PdfDate(moment));
		byte[] id = DigestUtils.md5Digest((data.scope().label() + "\n" + data.period() + "\n"
				+ data.periodStart() + "\n" + data.periodEnd() + "\n" + data.asOf()).getBytes(
						StandardCharsets.UTF_8));
		writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
	}

}
