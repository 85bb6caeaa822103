package com.sidekickforge.monitor.report.pdf;

import java.awt.Color;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import com.sidekickforge.monitor.quota.QuotaMetric;
import com.sidekickforge.monitor.report.model.AlertItem;
import com.sidekickforge.monitor.report.model.ClientSummary;
import com.sidekickforge.monitor.report.model.DailyUsage;
import com.sidekickforge.monitor.report.model.DisplayFormat;
import com.sidekickforge.monitor.report.model.GapItem;
import com.sidekickforge.monitor.report.model.MonitoringData;
import com.sidekickforge.monitor.report.model.QuotaStatus;
import com.sidekickforge.monitor.report.model.SidekickStatus;

/**
 * The summary's sections of usage after the cover, each a heading and a table (or a sentence saying there is
 * nothing); health and dead letters are {@link PdfHealthSections}.
 * Headings and client rows carry a tag whose page the table of contents shows.
 */
final class PdfSections {

	/** Amounts, percents and comparisons exactly as the dashboard and the mails write them (no times here). */
	static final DisplayFormat FORMAT = new DisplayFormat(ZoneOffset.UTC);

	private final Document document;

	private final PdfWriter writer;

	private final PdfTables tables;

	private final Font heading;

	private final Font text;

	private final Map<String, Integer> pages;

	private final boolean collecting;

	PdfSections(Document document, PdfWriter writer, PdfFonts fonts, PdfTables tables, Map<String, Integer> pages,
			boolean collecting) {
		this.document = document;
		this.writer = writer;
		this.tables = tables;
		this.heading = new Font(fonts.bold(), 13, Font.NORMAL, PdfTables.TEAL);
		this.text = new Font(fonts.regular(), 9, Font.NORMAL, new Color(0x1a1a1a));
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

	/** A section's heading, with room for its first lines (a sentence, a chart). */
	void heading(String title) {
		heading(title, 60);
	}

	/** A section's heading followed by a table: the heading stays with the table's header and first rows. */
	void heading(String title, PdfPTable table) {
		heading(title, this.tables.opening(table, 2));
	}

	/**
	 * @param following the height (points) of what must come on the same page as the heading: a heading never ends
	 * a page, when that does not fit the section starts on the next one
	 */
	void heading(String title, float following) {
		if (this.writer.getVerticalPosition(true) - this.document.bottom() < following + 40) {
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
		// On the cover's page, under its figures, and the sections right after: no page left half empty.
		Paragraph title = new Paragraph(new Chunk("Contents", this.heading));
		title.setSpacingBefore(14);
		this.document.add(title);
		boolean[] numeric = { false, true };
		PdfPTable table = this.tables.table(List.of("Section or client", "Page"), new float[] { 8, 1 }, numeric);
		for (String entry : entries) {
			Integer page = this.collecting ? null : this.pages.get(entry);
			this.tables.row(table, numeric, entry, (page != null) ? page.toString() : "000");
		}
		this.document.add(table);
	}

	/**
	 * The trend chart's figures as a table, one row per bucket: the values the dashboard's chart shows on hover, in
	 * the same words.
	 */
	void usage(MonitoringData data) {
		boolean[] numeric = { false, true, true, true };
		PdfPTable table = this.tables.table(List.of("Usage by " + data.bucket(), "Voice minutes", "Text messages",
				"Embedding chunks"), new float[] { 3, 2, 2, 2 }, numeric);
		for (DailyUsage day : data.dailyUsage()) {
			this.tables.row(table, numeric, FORMAT.bucket(day.date(), data.bucket()) + (day.estimated() ? " (estimated)" : ""),
					QuotaMetric.VOICE_SECONDS.format(day.voiceSeconds()), day.textMessages(), day.embeddingChunks());
		}
		this.document.add(table);
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
		boolean several = data.clients().size() > 1;
		List<SidekickStatus> shown = several ? SummaryPdf.busiest(data.sidekicks(), adminLimit) : data.sidekicks();
		if (shown.isEmpty()) {
			heading("Sidekicks");
			say(data.emptyStates().getOrDefault("sidekicks", "No sidekicks."));
			return;
		}
		PdfTables.ClientColumn table = this.tables.new ClientColumn(several, 0, List.of("Client", "Sidekick", "Status",
				"Conversations", "Voice min", "Text msgs", "Chunks", "Last activity"),
				new float[] { 3, 3, 1.5f, 1.8f, 1.4f, 1.4f, 1.3f, 2.4f },
				new boolean[] { false, false, false, true, true, true, true, false });
		DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
			.withZone(ZoneId.of(data.timezone()));
		for (SidekickStatus s : shown) {
			table.row(s.clientName(), s.agentName(), s.status(), s.periodConversations(),
					QuotaMetric.VOICE_SECONDS.format(s.periodVoiceSeconds()), s.periodTextMessages(),
					s.periodEmbeddingChunks(), (s.lastActivity() != null) ? time.format(s.lastActivity()) : "never");
		}
		heading("Sidekicks", this.tables.opening(table.table, 2) + ((shown.size() < data.sidekicks().size()) ? 14 : 0));
		if (shown.size() < data.sidekicks().size()) {
			say("The " + shown.size() + " busiest of " + data.sidekicks().size()
					+ " sidekicks; each client's own report lists all of theirs.");
		}
		this.document.add(table.table);
	}

	void clients(MonitoringData data) {
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
			table.addCell(this.tables.cell(this.tables.text(FORMAT.rate(client.errorRatePercent())), true));
		}
		heading("Clients", table);
		this.document.add(table);
	}

	void alerts(MonitoringData data) {
		if (data.alerts().isEmpty()) {
			heading("Alerts of the period");
			say("No alerts in this period.");
			return;
		}
		PdfTables.ClientColumn table = this.tables.new ClientColumn(data.clients().size() > 1, 1,
				List.of("When", "Client", "Quota", "Event", "Used / limit"), new float[] { 2.2f, 3, 2, 2.6f, 2 },
				new boolean[] { false, false, false, false, true });
		DateTimeFormatter time = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH)
			.withZone(ZoneId.of(data.timezone()));
		for (AlertItem alert : data.alerts()) {
			table.row(time.format(alert.occurredAt()), alert.clientName(), metricName(alert.metric()),
					FORMAT.alert(alert), FORMAT.usedOfLimit(alert));
		}
		heading("Alerts of the period", table.table);
		this.document.add(table.table);
	}

	void gaps(MonitoringData data) {
		if (data.trackingGaps().isEmpty()) {
			heading("Tracking gaps");
			say("Counters and events agree within the tolerance.");
			return;
		}
		PdfTables.ClientColumn table = this.tables.new ClientColumn(data.clients().size() > 1, 0,
				List.of("Client", "Quota", "Billing period", "Counter", "Events"), new float[] { 3, 2, 2, 1.5f, 1.5f },
				new boolean[] { false, false, false, true, true });
		for (GapItem gap : data.trackingGaps()) {
			table.row(gap.clientName(), metricName(gap.metric()), gap.periodStart() + " to " + gap.checkedThrough(),
					gap.counterTotal(), gap.eventTotal());
		}
		heading("Tracking gaps", table.table);
		this.document.add(table.table);
	}

	void say(String sentence) {
		this.document.add(new Paragraph(sentence, this.text));
	}

	private PdfPCell chartCell(Image image, String caption) {
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
