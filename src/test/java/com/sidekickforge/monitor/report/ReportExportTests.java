package com.sidekickforge.monitor.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.sidekickforge.monitor.config.ClientSlug;
import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.testsupport.CommandLine.Run;
import com.sidekickforge.monitor.testsupport.DemoReports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports of the demo's twelve clients as a user gets them: the {@code report} job's files (run by {@code demo})
 * and {@code forge-monitor export}, read back as JSON and CSV. One demo for the family.
 */
class ReportExportTests {

	static Path out;

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Every client of the demo: id and name as the platform has them. */
	static List<Map<String, Object>> clients;

	@BeforeAll
	static void demo() {
		out = DemoReports.out();
		clients = platform().sql("SELECT CAST(id AS varchar) AS id, name FROM clients").query().listOfRows();
	}

	@Test
	void theReportJobWritesTheContractFilesForAllClientsAndEachClient() {
		Path exports = out.resolve("exports");
		assertThat(exports.resolve("monitoring-current.json")).isRegularFile();
		assertThat(exports.resolve("usage-current.csv")).isRegularFile();
		assertThat(exports.resolve("summary-current.pdf")).isRegularFile();
		assertThat(exports.resolve("clients/krakow-tech-hub/summary-current.pdf")).isRegularFile();
		assertThat(exports.resolve("activity.json")).isRegularFile();
		assertThat(exports.resolve("conversations-current.json")).isRegularFile();
		assertThat(exports.resolve("clients")).isDirectoryContaining("glob:**/krakow-tech-hub");
		assertThat(exports.resolve("clients/krakow-tech-hub/monitoring-current.json")).isRegularFile();
		assertThat(exports.resolve("clients").toFile().list()).hasSize(12);
		Path site = out.resolve("site");
		assertThat(site.resolve("index.html")).isRegularFile();
		assertThat(site.resolve("data.json")).isRegularFile();
		assertThat(site.resolve("clients/krakow-tech-hub/index.html")).isRegularFile();
		assertThat(site.resolve("clients/krakow-tech-hub/data.json")).isRegularFile();
	}

	@Test
	void theMonitoringJsonHasTheSeedsFieldsInSnakeCase() throws IOException {
		JsonNode admin = JSON.readTree(out.resolve("exports/monitoring-current.json").toFile());
		JsonNode krakow = JSON.readTree(out.resolve("exports/clients/krakow-tech-hub/monitoring-current.json").toFile());

		assertThat(names(admin)).startsWith("period_start", "period_end", "voice_quota", "text_quota", "embedding_quota",
				"sidekicks", "total_conversations", "avg_conversation_duration_minutes", "avg_messages_per_conversation",
				"conversations_by_channel", "conversations_by_status", "livekit_healthy", "database_healthy",
				"active_voice_sessions", "daily_usage");
		assertThat(admin.get("period_start").asString()).isEqualTo("2026-11-01");
		assertThat(admin.get("daily_usage")).hasSize(25);
		assertThat(names(admin.get("daily_usage").get(0))).contains("date", "voice_seconds", "text_messages",
				"embedding_chunks", "conversations_started");
		assertThat(names(admin.get("sidekicks").get(0))).contains("agent_id", "agent_name", "agent_slug", "client_id",
				"client_name", "status", "active_conversations", "last_activity", "voice_usage", "text_usage",
				"embedding_usage");
		// Several clients of different tiers: their limits are not added up, so there is no percent (the seed's keys
		// are there, null).
		assertThat(admin.get("voice_quota").get("limit").isNull()).isTrue();
		assertThat(admin.get("voice_quota").get("percent").isNull()).isTrue();
		JsonNode voice = krakow.get("voice_quota");
		assertThat(names(voice)).contains("used", "limit", "unlimited", "percent", "level", "trend", "used_minutes",
				"limit_minutes");
		assertThat(names(voice.get("trend"))).contains("previous", "change_percent", "direction");
		assertThat(voice.get("level").asString()).isEqualTo("red");
		assertThat(voice.get("used_minutes").asDouble()).isEqualTo(Math.round(voice.get("used").asLong() / 6.0) / 10.0);
		assertThat(krakow.get("active_warnings").asInt()).isEqualTo(1);
		assertThat(admin.get("recent_runs")).anySatisfy((run) -> {
			assertThat(run.get("job").asString()).isEqualTo("daily-rollup");
			assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
		});
		assertThat(krakow.get("recent_runs")).as("runs belong to no client").isEmpty();
		assertThat(Files.readString(out.resolve("site/index.html"))).contains("Last runs");
		assertThat(Files.readString(out.resolve("site/clients/krakow-tech-hub/index.html"))).doesNotContain("Last runs");
		JsonNode errors = krakow.get("health").get("error_rate");
		assertThat(errors.get("actions").asLong()).isPositive();
		assertThat(errors.get("trend")).hasSize(25);
		assertThat(errors.get("percent").asDouble())
			.isEqualTo(Math.round(errors.get("failed").asLong() * 10000.0 / errors.get("actions").asLong()) / 100.0);
	}

	@Test
	void noClientsFilesMentionAnyOtherClient() throws IOException {
		for (Map<String, Object> client : clients) {
			String slug = ClientSlug.of((String) client.get("name"));
			String everything = allFiles(out.resolve("exports/clients").resolve(slug))
					+ allFiles(out.resolve("site/clients").resolve(slug));
			assertThat(everything).contains((String) client.get("id"));
			for (Map<String, Object> other : clients) {
				if (other != client) {
					String name = (String) other.get("name");
					assertThat(everything).as(slug + " mentions " + name)
						.doesNotContain((String) other.get("id"))
						.doesNotContain(name)
						.doesNotContain(JSON.writeValueAsString(name));
				}
			}
		}
	}

	@Test
	void theSummaryPdfShowsTheSameNumbersAsTheJson() throws IOException {
		Path krakow = out.resolve("exports/clients/krakow-tech-hub");
		JsonNode data = JSON.readTree(krakow.resolve("monitoring-current.json").toFile());
		try (var pdf = Loader.loadPDF(krakow.resolve("summary-current.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			JsonNode voice = data.get("voice_quota");
			assertThat(text).contains("Usage summary: Kraków Tech Hub", "Billing period to date, 1 Nov 2026",
					String.format(Locale.ROOT, "%,d / %,d minutes", voice.get("used_minutes").asLong(),
							voice.get("limit_minutes").asLong()),
					String.format(Locale.ROOT, "Conversations %,d", data.get("total_conversations").asLong()),
					"1 active warning", "Page 1 of " + pdf.getNumberOfPages(), "Error rate: ");
			for (JsonNode sidekick : data.get("sidekicks")) {
				assertThat(text).contains(sidekick.get("agent_name").asString());
			}
			// The client is named on the cover and in each page's footer, never again on every row.
			assertThat(text.split("Kraków Tech Hub", -1).length - 1).as("times the client is named")
				.isLessThanOrEqualTo(pdf.getNumberOfPages() + 1);
			// Each day of the trend holds in the PDF's table what the dashboard's chart tells on hover.
			String page = Files.readString(out.resolve("site/clients/krakow-tech-hub/index.html"));
			page = page.substring(page.indexOf("class=\"trend-chart\" data-period=\"current\""));
			page = page.substring(0, page.indexOf("</figure>"));
			Matcher day = Pattern.compile("aria-label=\"(\\w{3} \\d+ \\w{3} \\d{4}(?: \\(estimated\\))?): "
					+ "([\\d,.]+) minutes \u00b7 ([\\d,]+) messages \u00b7 ([\\d,]+) chunks\"").matcher(page);
			int days = 0;
			while (day.find()) {
				assertThat(text).contains(day.group(1) + " " + day.group(2) + " " + day.group(3) + " " + day.group(4));
				days++;
			}
			assertThat(days).isGreaterThanOrEqualTo(25);
		}
	}

	@Test
	void deadLettersShowInTheReportOfAllClientsOnly() throws IOException {
		String krakow = (String) clients.stream().filter((c) -> c.get("name").equals("Kraków Tech Hub")).findFirst()
			.orElseThrow().get("id");
		JdbcClient store = JdbcClient.create(new DriverManagerDataSource(
				ForgeProperties.h2FileUrl(out.resolve("data/store"))));
		store.sql("""
				INSERT INTO monitor.outbox_message (id, event_id, event_type, channel, destination, client_id, subject_id,
				  body, status, attempts, next_attempt_at, last_error, created_at)
				VALUES (RANDOM_UUID(), 'msg_dead1', 'quota.threshold_crossed', 'email', 'gone@example.com',
				  CAST(:client AS uuid), NULL, NULL, 'dead', 10, TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+00',
				  '550 mailbox unavailable', TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+00')
				""").param("client", krakow).update();
		try {
			Run all = export("--format", "json", "--out", out.resolve("dead.json").toString());
			Run own = export("--format", "json", "--client", "krakow-tech-hub", "--out", out.resolve("own.json").toString());
			Run pdf = export("--format", "pdf", "--client", "krakow-tech-hub", "--out", out.resolve("own.pdf").toString());

			assertThat(all.exitCode()).as(all.err()).isZero();
			assertThat(own.exitCode()).as(own.err()).isZero();
			assertThat(pdf.exitCode()).as(pdf.err()).isZero();
			JsonNode dead = JSON.readTree(out.resolve("dead.json").toFile()).get("dead_letters");
			assertThat(dead).hasSize(1);
			assertThat(dead.get(0).get("status").asString()).isEqualTo("dead");
			assertThat(dead.get(0).get("retry_command").asString()).startsWith("forge-monitor run outbox-retry id=");
			// The operator's plumbing is not the client's business: its own report shows no dead letters, and none of
			// the operator's infrastructure either.
			assertThat(JSON.readTree(out.resolve("own.json").toFile()).get("dead_letters")).isEmpty();
			try (var document = Loader.loadPDF(out.resolve("own.pdf").toFile())) {
				assertThat(new PDFTextStripper().getText(document)).doesNotContain("Dead letters",
						"Forge Monitor store", "loopback stand-in", "platform database");
			}
		}
		finally {
			store.sql("DELETE FROM monitor.outbox_message WHERE event_id = 'msg_dead1'").update();
		}
	}

	@Test
	void anEmptyClientsReportSaysWhatToDo() throws IOException {
		JsonNode orsted = JSON.readTree(out.resolve("exports/clients/orsted-wellness-studio/monitoring-current.json")
			.toFile());

		assertThat(orsted.get("total_conversations").asLong()).isZero();
		assertThat(orsted.get("empty_states").get("conversations").asString()).startsWith("No conversations yet");
		assertThat(orsted.get("daily_usage")).allMatch((day) -> day.get("text_messages").asLong() == 0);
	}

	@Test
	void theConversationHistoryHoldsTheClientsConversationsWithTranscripts() throws IOException {
		Path krakow = out.resolve("exports/clients/krakow-tech-hub");
		JsonNode history = JSON.readTree(krakow.resolve("conversations-current.json").toFile());
		JsonNode monitoring = JSON.readTree(krakow.resolve("monitoring-current.json").toFile());

		assertThat(history.get("total_conversations").asLong()).isEqualTo(monitoring.get("total_conversations").asLong())
			.isPositive();
		long messages = 0;
		for (JsonNode conversation : history.get("conversations")) {
			assertThat(conversation.get("client_name").asString()).isEqualTo("Kraków Tech Hub");
			messages += conversation.get("messages").size();
		}
		assertThat((double) messages / history.get("total_conversations").asLong())
			.isCloseTo(monitoring.get("avg_messages_per_conversation").asDouble(), Offset.offset(0.01));
	}

	@Test
	void csvExportsAreRfc4180AndNeutraliseFormulaNames() throws IOException {
		String formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
		platform().sql("UPDATE clients SET name = :name WHERE name = 'Les Délices de Provence'").param("name", formula).update();
		try {
			Path csv = out.resolve("formula.csv");
			Run export = export("--format", "csv", "--period", "7d", "--client", "hyperlink-http-evil-example-click",
					"--out", csv.toString());
			assertThat(export.exitCode()).as(export.err()).isZero();
			List<CSVRecord> rows = new ArrayList<>();
			try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).forEach(rows::add);
			}
			assertThat(rows).isNotEmpty().allSatisfy((row) -> {
				assertThat(row.get("client_name")).isEqualTo("'" + formula);
				assertThat(row.get("voice_seconds")).matches("\\d+");
				assertThat(row.get("date")).matches("2026-11-(19|2[0-5])");
			});
			assertThat(Files.readString(csv)).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
		}
		finally {
			platform().sql("UPDATE clients SET name = 'Les Délices de Provence' WHERE name = :name").param("name", formula).update();
		}
	}

	@Test
	void aUserExportsOnlyTheirClientsAndIsToldWhenAskingForAnother() throws IOException {
		Files.writeString(out.resolve("config/users.yml"), """
				users:
				  - name: cafe-owner
				    role: subscriber
				    clients: [cafe-noir-bistro]
				    token-sha256: %s
				""".formatted("a".repeat(64)));
		try {
			Run own = export("--format", "json", "--as", "cafe-owner", "--out", out.resolve("own.json").toString());
			Run other = export("--format", "json", "--as", "cafe-owner", "--client", "krakow-tech-hub");
			Run nobody = export("--format", "json", "--as", "nobody");

			assertThat(own.exitCode()).as(own.err()).isZero();
			JsonNode data = JSON.readTree(out.resolve("own.json").toFile());
			assertThat(data.get("scope").get("label").asString()).isEqualTo("Café <Noir> & Bistro");
			assertThat(data.get("sidekicks")).allMatch((s) -> s.get("client_name").asString().equals("Café <Noir> & Bistro"));
			assertThat(other.exitCode()).isEqualTo(2);
			assertThat(other.err()).contains("cafe-owner may not see client krakow-tech-hub");
			assertThat(nobody.exitCode()).isEqualTo(2);
			assertThat(nobody.err()).contains("--as nobody: no user of that name");
		}
		finally {
			Files.delete(out.resolve("config/users.yml"));
		}
	}

	private static Run export(String... args) {
		return DemoReports.export(args);
	}

	private static JdbcClient platform() {
		return DemoReports.platform();
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	private static String allFiles(Path directory) throws IOException {
		StringBuilder text = new StringBuilder();
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (file.toString().endsWith(".pdf")) {
					try (var pdf = Loader.loadPDF(file.toFile())) {
						text.append(new PDFTextStripper().getText(pdf));
					}
				}
				else {
					text.append(Files.readString(file, StandardCharsets.UTF_8));
				}
			}
		}
		return text.toString();
	}

}
