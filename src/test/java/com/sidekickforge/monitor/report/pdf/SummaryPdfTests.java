package com.sidekickforge.monitor.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.sidekickforge.monitor.chart.ChartFonts;
import com.sidekickforge.monitor.report.model.MonitoringData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary PDF of a report with 200 clients, read back with PDFBox: tables run over pages with their header
 * on each, nothing is cut, the contents point at the right pages, charts are vectors.
 */
class SummaryPdfTests {

	static final int CLIENTS = 200;

	@Test
	void aReportOfTwoHundredClientsBreaksItsTablesOverPagesWithHeadersAndContents() throws IOException {
		MonitoringData data = ReportFixtures.data(CLIENTS, 5);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();

		new SummaryPdf(new PdfFonts(new ChartFonts())).write(data, pdf);

		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isBetween(8, 40);
			PDFTextStripper text = new PDFTextStripper();
			String all = text.getText(document);
			for (String section : List.of("Contents", "Usage trend", "Conversations", "Sidekicks", "Clients", "Health",
					"Alerts of the period", "Tracking gaps", "Dead letters")) {
				assertThat(all).contains(section);
			}
			for (int client = 0; client < CLIENTS; client++) {
				String name = ReportFixtures.clientName(client);
				int listed = contentsPage(document, name);
				assertThat(pageText(document, listed)).as(name + " on the page the contents give").contains(name);
			}
			for (int page = 1; page <= pages; page++) {
				String onPage = pageText(document, page);
				assertThat(onPage).contains("Page " + page + " of " + pages).contains("All clients");
				if (onPage.contains("Client 0") && !onPage.contains("Section or client")) {
					// Every page the clients' table runs onto starts with its header row.
					assertThat(onPage).containsAnyOf("Client Tier Voice Text Chunks", "Client Sidekick Status");
				}
			}
			// Headers in one piece: no column is narrower than its header's longest word ("Conversa/tions").
			assertThat(all).contains("Client Tier Voice Text Chunks Sidekicks Conversations Warnings Errors",
					"Client Sidekick Status Conversations", "Usage by day Voice minutes Text messages Embedding chunks")
				.doesNotContainPattern("Conversa(?!tion)|Conver\\s|Sidek\\s|Warn\\s");
			// The contents begin on the cover's page, under its figures.
			assertThat(pageText(document, 1)).contains("Usage summary: All clients", "Messages per conversation", "Contents");
			// A heading is never the last thing on its page: its table's header follows on the same page.
			Map<String, String> tableOf = Map.of("Sidekicks", "Client Sidekick Status", "Clients", "Client Tier Voice",
					"Usage trend", "Usage by day");
			for (int page = 1; page <= pages; page++) {
				List<String> lines = pageText(document, page).lines().toList();
				for (Map.Entry<String, String> section : tableOf.entrySet()) {
					if (lines.contains(section.getKey())) {
						assertThat(pageText(document, page)).as(section.getKey() + " on page " + page)
							.contains(section.getValue());
					}
				}
			}
			// Numbers as everywhere else: thousands separated, rates to a tenth.
			assertThat(all).contains("Sun 1 Nov 2026 (estimated) 0 30 5", "Wed 25 Nov 2026 240 54 5", "1.5\u00a0%")
				.doesNotContain("1.50 %");
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getXObjectNames()) {
					assertThat(page.getResources().getXObject(name)).as("charts are vectors, not bitmaps")
						.isNotInstanceOf(PDImageXObject.class);
				}
			}
		}
	}

	private static int contentsPage(PDDocument document, String name) throws IOException {
		StringBuilder contents = new StringBuilder();
		for (int page = 1; !contents.toString().contains("Dead letters"); page++) {
			contents.append(pageText(document, page));
		}
		var line = contents.toString().lines().filter((l) -> l.startsWith(name + " ")).findFirst().orElseThrow();
		return Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1).trim());
	}

	private static String pageText(PDDocument document, int page) throws IOException {
		PDFTextStripper text = new PDFTextStripper();
		text.setStartPage(page);
		text.setEndPage(page);
		return text.getText(document);
	}

}
