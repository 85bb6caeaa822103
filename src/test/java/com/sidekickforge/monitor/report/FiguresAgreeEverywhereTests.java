package com.sidekickforge.monitor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.sidekickforge.monitor.testsupport.CommandLine;
import com.sidekickforge.monitor.testsupport.CommandLine.Run;
import com.sidekickforge.monitor.testsupport.DemoReports;
import com.sidekickforge.monitor.testsupport.MailParts;
import com.sidekickforge.monitor.testsupport.SmtpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One figure, one unit, everywhere: for the report of all clients and each demo client, the headline figures of
 * the JSON (used, limit, percent, the period's usage, the previous period's, the change) read the same, in the
 * same unit, in the PDF, the dashboard, the CSV (summed), the report mail and the quota alert mails. The expected
 * text is derived here from the JSON by the rule people read: voice in minutes to a tenth (shown only when there
 * is one), percents to a tenth rounded down, thousands separated.
 */
class FiguresAgreeEverywhereTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String[] QUOTAS = { "voice_quota", "text_quota", "embedding_quota" };

	private static final Map<String, String> UNITS = Map.of("voice_seconds", "minutes", "text_messages", "messages",
			"embedding_chunks", "chunks");

	private static Path out;

	/** The report mails of one run of the report job (text parts), by subject. */
	private static final Map<String, MimeMessage> reportMails = new LinkedHashMap<>();

	@BeforeAll
	static void mailTheReportToAnAdminOfEveryClient() throws Exception {
		out = DemoReports.out();
		Path config = Files.createTempDirectory("forge-figures-config");
		try (Stream<Path> files = Files.list(out.resolve("config"))) {
			for (Path file : files.toList()) {
				Files.copy(file, config.resolve(file.getFileName()));
			}
		}
		List<String> slugs = slugs();
		Files.writeString(config.resolve("recipients.yml"), """
				recipients:
				  - email: ops@example.com
				    role: superadmin
				    reports: [weekly-report]
				  - email: account-manager@example.com
				    role: admin
				    clients: [%s]
				    reports: [weekly-report]
				""".formatted(String.join(", ", slugs)));
		try (SmtpServer smtp = new SmtpServer()) {
			// By hand, naming the schedule whose recipients get it; formats without json: mails must not need it.
			Run report = CommandLine.run("run", "report", "schedule=weekly-report", "deliver=email", "period=current",
					"formats=pdf,csv,html,json,conversations", "at=2026-11-25T23:59:00Z", "--forge.output-dir=" + out,
					"--forge.config-dir=" + config, "--forge.mail.transport=smtp", "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + smtp.port());
			assertThat(report.exitCode()).as(report.out() + report.err()).isZero();
			for (MimeMessage mail : smtp.received()) {
				reportMails.put(mail.getSubject(), mail);
			}
		}
		assertThat(reportMails).hasSize(slugs.size() + 1);
	}

	@Test
	void theReportOfAllClientsReadsTheSameInEveryFormat() throws Exception {
		JsonNode data = JSON.readTree(out.resolve("exports/monitoring-current.json").toFile());
		String pdf = pdf(out.resolve("exports/summary-current.pdf"));
		String html = html(out.resolve("site/index.html"));
		MimeMessage mail = reportMails.get("Forge Monitor report: All clients, " + data.get("period_label").asString());
		assertThat(mail).as("the report mail of all clients").isNotNull();
		String text = MailParts.text(mail);
		for (String field : QUOTAS) {
			JsonNode quota = data.get(field);
			Figures figures = Figures.of(quota);
			assertThat(quota.get("limit").isNull()).as("several clients' limits are never added up").isTrue();
			assertThat(pdf).as("PDF " + field).contains(figures.periodAmount(), figures.against());
			assertThat(html).as("dashboard " + field).contains(figures.headline(), figures.period(), figures.against());
			assertThat(text).as("mail " + field).contains(figures.headline(), figures.period(), figures.against());
		}
		assertCsvAddsUp(out.resolve("exports/usage-current.csv"), data);
		assertThat(MailParts.inlineImages(mail)).as("rings and the usage trend, each a named PNG").containsExactlyInAnyOrder(
				"ring-voice-seconds.png", "ring-text-messages.png", "ring-embedding-chunks.png", "usage-trend.png");
	}

	@Test
	void eachClientsReportReadsTheSameInEveryFormatAndItsMails() throws Exception {
		for (String slug : slugs()) {
			Path exports = out.resolve("exports/clients").resolve(slug);
			JsonNode data = JSON.readTree(exports.resolve("monitoring-current.json").toFile());
			String name = data.get("scope").get("label").asString();
			String pdf = pdf(exports.resolve("summary-current.pdf"));
			String html = html(out.resolve("site/clients").resolve(slug).resolve("index.html"));
			MimeMessage mail = reportMails.get("Forge Monitor report: " + name + ", " + data.get("period_label").asString());
			assertThat(mail).as("the report mail of " + name).isNotNull();
			String text = MailParts.text(mail);
			List<String> alerts = alertMails(name);
			for (String field : QUOTAS) {
				JsonNode quota = data.get(field);
				Figures figures = Figures.of(quota);
				String what = name + " " + field;
				assertThat(pdf).as("PDF " + what).contains(figures.headline(), figures.periodAmount(), figures.against());
				if (!quota.get("unlimited").asBoolean()) {
					// The ring's centre is drawn glyph by glyph: text extraction may lose the narrow space before "%".
					assertThat(pdf.replace(" %", "%")).as("PDF " + what).contains(figures.percent().replace(" %", "%"));
				}
				assertThat(html).as("dashboard " + what).contains(figures.headline(), figures.period(),
						figures.against());
				assertThat(text).as("report mail " + what).contains(figures.headline(), figures.period(),
						figures.against());
				for (String alert : alerts) {
					if (alert.contains(Figures.title(quota) + " quota at")) {
						assertThat(alert).as("alert mail " + what).contains(figures.headline(), figures.percent());
					}
				}
			}
			assertCsvAddsUp(exports.resolve("usage-current.csv"), data);
			assertThat(MailParts.inlineImages(mail)).as(name).hasSize(4).allMatch((file) -> file.endsWith(".png"));
		}
	}

	/** The headline figures of one quota as a person reads them, derived from its JSON. */
	record Figures(String headline, String percent, String periodAmount, String period, String against) {

		static Figures of(JsonNode quota) {
			String metric = quota.get("metric").asString();
			boolean voice = "voice_seconds".equals(metric);
			String unit = UNITS.get(metric);
			long used = quota.get("used").asLong();
			if (voice) {
				assertThat(quota.get("used_minutes").asDouble()).as("used_minutes is used in minutes to a tenth")
					.isEqualTo(Math.round(used / 6.0) / 10.0);
			}
			String headline;
			if (quota.get("limit").isNull()) {
				headline = amount(metric, used) + " " + unit + " counted";
			}
			else if (quota.get("unlimited").asBoolean()) {
				headline = amount(metric, used) + " " + unit + ", unlimited";
			}
			else {
				headline = amount(metric, used) + " / " + amount(metric, quota.get("limit").asLong()) + " " + unit;
				long limit = quota.get("limit").asLong();
				assertThat(quota.get("percent").asDouble()).as("percent to a tenth, rounded down")
					.isEqualTo(Math.floorDiv(used * 1000, limit) / 10.0);
			}
			String percent = quota.get("percent").isNull() ? "" : number(quota.get("percent").asDouble()) + " %";
			String periodAmount = amount(metric, quota.get("period_used").asLong()) + " " + unit;
			String period = periodAmount + " in the period";
			JsonNode trend = quota.get("trend");
			assertThat(trend.get("current").asLong()).isEqualTo(quota.get("period_used").asLong());
			String against;
			if (!trend.get("comparable").asBoolean()) {
				against = "no comparable history before " + LocalDate.parse(trend.get("history_start").asString())
					.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
			}
			else {
				String previous = "(previous " + amount(metric, trend.get("previous").asLong()) + " " + unit + ")";
				JsonNode change = trend.get("change_percent");
				String arrow = switch (trend.get("direction").asString()) {
					case "up" -> "\u2191";
					case "down" -> "\u2193";
					default -> "\u2192";
				};
				against = (change.isNull() ? arrow + " new"
						: String.format(Locale.ROOT, "%s %.1f %%", arrow, Math.abs(change.asDouble()))) + " " + previous;
			}
			return new Figures(headline, percent, periodAmount, period, against);
		}

		static String title(JsonNode quota) {
			return switch (quota.get("metric").asString()) {
				case "voice_seconds" -> "Voice";
				case "text_messages" -> "Text messages";
				default -> "Embedding chunks";
			};
		}

		private static String amount(String metric, long amount) {
			return "voice_seconds".equals(metric) ? number(Math.round(amount / 6.0) / 10.0) : number(amount);
		}

		private static String number(double value) {
			return (value == Math.rint(value)) ? String.format(Locale.ROOT, "%,d", (long) value)
					: String.format(Locale.ROOT, "%,.1f", value);
		}

	}

	/** The CSV's columns add up to the period's figures of the JSON: seconds exactly, minutes within rounding. */
	private static void assertCsvAddsUp(Path csv, JsonNode data) throws IOException {
		long seconds = 0;
		long messages = 0;
		long chunks = 0;
		double minutes = 0;
		int rows = 0;
		try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				seconds += Long.parseLong(row.get("voice_seconds"));
				minutes += Double.parseDouble(row.get("voice_minutes"));
				messages += Long.parseLong(row.get("text_messages"));
				chunks += Long.parseLong(row.get("embedding_chunks"));
				rows++;
			}
		}
		assertThat(seconds).as(csv + " voice seconds").isEqualTo(data.get("voice_quota").get("period_used").asLong());
		assertThat(messages).as(csv + " text").isEqualTo(data.get("text_quota").get("period_used").asLong());
		assertThat(chunks).as(csv + " chunks").isEqualTo(data.get("embedding_quota").get("period_used").asLong());
		assertThat(minutes).as(csv + " voice minutes (two places a row)")
			.isCloseTo(seconds / 60.0, Offset.offset(rows * 0.005 + 1e-9));
	}

	private static List<String> slugs() throws IOException {
		try (Stream<Path> clients = Files.list(out.resolve("exports/clients"))) {
			return clients.map((p) -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** The text of the quota alert mails the demo wrote about a client. */
	private static List<String> alertMails(String client) throws Exception {
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.list(out.resolve("mail"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".eml")).toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
					if (mail.getSubject().startsWith(client + ":")) {
						texts.add(MailParts.text(mail));
					}
				}
			}
		}
		return texts;
	}

	private static String pdf(Path file) throws IOException {
		try (var pdf = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	/** The dashboard as text a person reads: Thymeleaf's escapes undone. */
	private static String html(Path file) throws IOException {
		return Files.readString(file)
			.replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}



}
