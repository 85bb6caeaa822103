package com.sidekickforge.monitor.api;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.sidekickforge.monitor.cli.ForgeJobs;
import com.sidekickforge.monitor.config.ClientSlug;
import com.sidekickforge.monitor.config.JobDeclaration;
import com.sidekickforge.monitor.testsupport.DemoReports;
import com.sidekickforge.monitor.testsupport.SeedModels;

import static com.sidekickforge.monitor.api.LiveServer.ADMIN_OF_OTHER;
import static com.sidekickforge.monitor.api.LiveServer.CLIENT;
import static com.sidekickforge.monitor.api.LiveServer.LIMITED;
import static com.sidekickforge.monitor.api.LiveServer.OTHER_CLIENT;
import static com.sidekickforge.monitor.api.LiveServer.SUBSCRIBER;
import static com.sidekickforge.monitor.api.LiveServer.SUPERADMIN;
import static com.sidekickforge.monitor.api.LiveServer.get;
import static com.sidekickforge.monitor.api.LiveServer.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The HTTP API of {@code serve} over real HTTP on loopback: every endpoint against no token, a wrong token, a
 * subscriber of the client asked for, an admin of another client and a superadmin; parameter errors as problems;
 * the rate limit; paging; manual runs; health and metrics.
 */
class ApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Every demo client's name but the subscriber's. */
	static List<String> otherNames;

	@BeforeAll
	static void start() {
		LiveServer.base();
		otherNames = DemoReports.platform()
			.sql("SELECT name FROM clients")
			.query(String.class)
			.list()
			.stream()
			.filter((name) -> !ClientSlug.of(name).equals(CLIENT))
			.toList();
		assertThat(otherNames).hasSize(11);
	}

	/** An endpoint asked about {@link LiveServer#CLIENT}, and what a subscriber of that client gets. */
	record Endpoint(String method, String path, int subscriber) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	static Stream<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>(List.of(new Endpoint("GET", "/admin/monitoring/data?client_id=" + CLIENT, 200),
				new Endpoint("GET", "/admin/monitoring/activity?client_id=" + CLIENT, 200),
				new Endpoint("GET", "/admin/monitoring?client_id=" + CLIENT, 200),
				new Endpoint("POST", "/admin/jobs/quota-alerts/run?wait=true&client=" + CLIENT, 403)));
		for (String format : List.of("csv", "json", "pdf", "conversations")) {
			endpoints.add(new Endpoint("GET", "/admin/monitoring/export/" + format + "?period=7d&client_id=" + CLIENT, 200));
		}
		for (String section : List.of("usage-cards", "sidekick-grid", "activity-feed", "health-panel")) {
			endpoints.add(new Endpoint("GET", "/admin/partials/monitoring/" + section + "?client_id=" + CLIENT, 200));
		}
		return endpoints.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void everyEndpointAnswersEachCallerAsTheirRoleAndScopeAllow(Endpoint endpoint) {
		HttpResponse<String> none = call(endpoint, null);
		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying((v) -> assertThat(v).startsWith("Bearer"));
		assertThat(none.body()).doesNotContain("Caf\u00e9").doesNotContain("voice_quota");

		HttpResponse<String> wrong = call(endpoint, "not-a-token");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(
				(v) -> assertThat(v).startsWith("application/problem+json"));

		HttpResponse<String> subscriber = call(endpoint, SUBSCRIBER);
		assertThat(subscriber.statusCode()).as(subscriber.body()).isEqualTo(endpoint.subscriber());
		if (subscriber.statusCode() == 200 && !endpoint.path().contains("/pdf")) {
			for (String name : otherNames) {
				assertThat(subscriber.body()).as("a subscriber of " + CLIENT + " sees " + name)
					.doesNotContain(name)
					.doesNotContain(HtmlUtils.htmlEscape(name));
			}
		}

		HttpResponse<String> adminOfOther = call(endpoint, ADMIN_OF_OTHER);
		assertThat(adminOfOther.statusCode()).as(adminOfOther.body()).isEqualTo(403);
		assertThat(adminOfOther.body()).contains("\"status\":403").doesNotContain("voice_quota");

		HttpResponse<String> superadmin = call(endpoint, SUPERADMIN);
		assertThat(superadmin.statusCode()).as(superadmin.body()).isEqualTo(200);
	}

	@Test
	void metricsAreASuperadminsAndHealthDetailsToo() throws Exception {
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", "not-a-token").statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", SUBSCRIBER).statusCode()).isEqualTo(403);
		assertThat(get("/actuator/prometheus", ADMIN_OF_OTHER).statusCode()).isEqualTo(403);
		assertThat(post("/admin/jobs/quota-alerts/run?wait=true", SUPERADMIN).statusCode()).isEqualTo(200);
		HttpResponse<String> metrics = get("/actuator/prometheus", SUPERADMIN);
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("forge_outbox_messages{status=\"dead\"}", "forge_outbox_messages{status=\"pending\"}",
				"forge_alerts_announced{kind=\"threshold\"}", "forge_alerts_announced{kind=\"projected_exhaustion\"}",
				"forge_alerts_announced{kind=\"unusual_day\"}", "forge_job_duration_seconds_count{job=\"quota-alerts\",status=\"completed\"}",
				"forge_job_rows_read_total{job=\"quota-alerts\"}");

		JsonNode anonymous = JSON.readTree(get("/actuator/health", null).body());
		assertThat(anonymous.get("status").asString()).isEqualTo("UP");
		assertThat(anonymous.has("components")).isFalse();
		JsonNode detailed = JSON.readTree(get("/actuator/health", SUPERADMIN).body());
		JsonNode databases = detailed.get("components").get("databases");
		assertThat(databases.get("status").asString()).isEqualTo("UP");
		assertThat(databases.get("details").has("store")).isTrue();
		assertThat(databases.get("details").has("platform")).isTrue();
		// The demo's dedicated clients have their own tenant databases: each probed.
		assertThat(databases.get("details").propertyNames()).anyMatch((name) -> name.startsWith("tenant:"));
	}

	@Test
	void badParametersAreProblemsNamingTheParameter() throws Exception {
		Map<String, String> cases = Map.of("/admin/monitoring/data?period=fortnight", "period",
				"/admin/monitoring/data?period=custom&from=2026-11-10", "period",
				"/admin/monitoring/data?from=2026-13-01&to=2026-11-02", "from",
				"/admin/monitoring/activity?limit=-1", "limit", "/admin/monitoring/activity?limit=100000", "limit",
				"/admin/monitoring/activity?offset=-5", "offset", "/admin/monitoring/activity?limit=abc", "limit",
				"/admin/monitoring/activity?agent_id=not-a-uuid", "agent_id",
				"/admin/monitoring/data?client_id=no-such-client", "client_id",
				"/admin/monitoring/activity?offset=9990&limit=500", "offset");
		for (var entry : cases.entrySet()) {
			HttpResponse<String> answer = get(entry.getKey(), SUPERADMIN);
			assertThat(answer.statusCode()).as(entry.getKey() + ": " + answer.body()).isEqualTo(400);
			assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
					(v) -> assertThat(v).startsWith("application/problem+json"));
			JsonNode problem = JSON.readTree(answer.body());
			assertThat(problem.get("status").asInt()).isEqualTo(400);
			assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
			assertThat(problem.get("parameter").asString()).as(entry.getKey()).isEqualTo(entry.getValue());
			assertThat(problem.get("detail").asString()).isNotBlank();
			assertThat(problem.get("instance").asString()).startsWith("/admin/monitoring/");
		}
		// Whether a client exists is not for someone outside it to learn: unknown and foreign look the same.
		assertThat(get("/admin/monitoring/data?client_id=no-such-client", SUBSCRIBER).statusCode()).isEqualTo(403);
		assertThat(get("/admin/monitoring/data?client_id=" + OTHER_CLIENT, SUBSCRIBER).statusCode()).isEqualTo(403);
		assertThat(get("/admin/monitoring/export/xlsx", SUPERADMIN).statusCode()).isEqualTo(404);
		assertThat(post("/admin/jobs/no-such-job/run", SUPERADMIN).statusCode()).isEqualTo(404);
		assertThat(post("/admin/jobs/daily-rollup/run?date=yesterday", SUPERADMIN).statusCode()).isEqualTo(400);
		assertThat(post("/admin/jobs/daily-rollup/run?colour=blue", SUPERADMIN).statusCode()).isEqualTo(400);
	}

	@Test
	void theJobsAndTheirParametersAreListedAsEachJobDeclaresThem() throws Exception {
		HttpResponse<String> answer = get("/admin/jobs", SUPERADMIN);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode jobs = JSON.readTree(answer.body());
		// The running jobs' validators hold the declarations check-config reads without Spring: the same ones.
		List<String> listed = new ArrayList<>();
		jobs.forEach((job) -> listed.add(job.get("job").asString()));
		assertThat(listed).containsExactlyElementsOf(ForgeJobs.CATALOG.names().stream().sorted().toList());
		for (JsonNode job : jobs) {
			JobDeclaration declared = ForgeJobs.CATALOG.job(job.get("job").asString()).orElseThrow();
			List<String> parameters = new ArrayList<>();
			job.get("parameters").forEach((p) -> parameters.add(p.get("name").asString() + " | "
					+ p.get("expected").asString() + " | " + p.get("scheduled").asBoolean() + " | "
					+ p.get("description").asString()));
			assertThat(parameters).as(declared.job()).containsExactlyElementsOf(declared.parameters()
				.stream()
				.map((p) -> p.name() + " | " + p.rule().expected() + " | " + p.scheduled() + " | " + p.description())
				.toList());
		}
		assertThat(JSON.readTree(get("/admin/jobs", SUPERADMIN).body()).toString()).contains("\"period\"",
				"\"one of current, 7d, 30d, 6m, 12m\"");
		assertThat(get("/admin/jobs", SUBSCRIBER).statusCode()).isEqualTo(403);
		assertThat(get("/admin/jobs", null).statusCode()).isEqualTo(401);
	}

	@Test
	void aBurstPastTheRateLimitIsRefusedWithRetryAfter() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		HttpResponse<String> refused = null;
		for (int i = 0; i < 8; i++) {
			HttpResponse<String> answer = get("/admin/monitoring/activity?limit=1", LIMITED);
			statuses.add(answer.statusCode());
			if (answer.statusCode() == 429 && refused == null) {
				refused = answer;
			}
		}
		assertThat(statuses.subList(0, 5)).containsOnly(200);
		assertThat(statuses.subList(5, 8)).containsOnly(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
				(seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
		assertThat(JSON.readTree(refused.body()).get("status").asInt()).isEqualTo(429);
		// The limit is the token's: another user is not held back by it.
		assertThat(get("/admin/monitoring/activity?limit=1", SUBSCRIBER).statusCode()).isEqualTo(200);
	}

	@Test
	void theActivityFeedPagesNewestFirstInAStableOrderWithinTheScope() throws Exception {
		JsonNode all = JSON.readTree(get("/admin/monitoring/activity?limit=40&period=30d", SUPERADMIN).body());
		assertThat(all.size()).isEqualTo(40);
		JsonNode first = JSON.readTree(get("/admin/monitoring/activity?limit=15&period=30d", SUPERADMIN).body());
		JsonNode second = JSON.readTree(get("/admin/monitoring/activity?limit=25&offset=15&period=30d", SUPERADMIN).body());
		List<String> paged = new ArrayList<>();
		first.forEach((e) -> paged.add(e.get("id").asString()));
		second.forEach((e) -> paged.add(e.get("id").asString()));
		List<String> whole = new ArrayList<>();
		all.forEach((e) -> whole.add(e.get("id").asString()));
		assertThat(paged).isEqualTo(whole);
		for (int i = 1; i < all.size(); i++) {
			assertThat(all.get(i - 1).get("timestamp").asString().compareTo(all.get(i).get("timestamp").asString()))
				.isGreaterThanOrEqualTo(0);
		}
		assertThat(all.get(0).propertyNames()).contains("id", "event_type", "timestamp", "client_id", "client_name",
				"agent_id", "agent_name", "description", "metadata");

		JsonNode errors = JSON.readTree(get("/admin/monitoring/activity?limit=20&period=30d&event_type=conversation_start",
				SUPERADMIN).body());
		assertThat(errors.size()).isPositive();
		errors.forEach((e) -> assertThat(e.get("event_type").asString()).isEqualTo("conversation_start"));

		String agent = all.get(0).get("agent_id").isNull() ? all.get(all.size() - 1).get("agent_id").asString()
				: all.get(0).get("agent_id").asString();
		JsonNode ofAgent = JSON.readTree(get("/admin/monitoring/activity?limit=10&period=30d&agent_id=" + agent, SUPERADMIN)
			.body());
		assertThat(ofAgent.size()).isPositive();
		ofAgent.forEach((e) -> assertThat(e.get("agent_id").asString()).isEqualTo(agent));

		JsonNode own = JSON.readTree(get("/admin/monitoring/activity?limit=50&period=30d", SUBSCRIBER).body());
		assertThat(own.size()).isPositive();
		String clientId = own.get(0).get("client_id").asString();
		own.forEach((e) -> assertThat(e.get("client_id").asString()).isEqualTo(clientId));
	}

	@Test
	void requestsWhoseParametersCannotBeReadAreProblemsNotServerErrors() throws Exception {
		String many = "a=1" + "&a=1".repeat(1200);
		String form = "a=" + "x".repeat(5_000_000);
		Map<String, String> requests = new LinkedHashMap<>();
		requests.put("more than 1 000 parameters", "GET /admin/monitoring/data?" + many + " HTTP/1.1\r\n\r\n");
		requests.put("the same, signed out", "GET /admin/monitoring/activity?" + many + " HTTP/1.1\r\nX-No-Token: 1\r\n\r\n");
		requests.put("a bad escape", "GET /admin/monitoring/data?period=%zz HTTP/1.1\r\n\r\n");
		requests.put("bytes that are not UTF-8", "GET /admin/monitoring/data?client_id=%FF%FE HTTP/1.1\r\n\r\n");
		requests.put("a year past 9999", "GET /admin/monitoring/data?from=%2B999999999-01-01&to=%2B999999999-01-02 HTTP/1.1\r\n\r\n");
		requests.put("a 5 MB form", "POST /admin/jobs/health-check/run HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
				+ "Content-Length: " + form.length() + "\r\n\r\n" + form);
		requests.put("a garbage multipart body", "POST /admin/jobs/health-check/run HTTP/1.1\r\n"
				+ "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 9\r\n\r\ngarbage--");
		requests.put("a browser asking for HTML", "GET /admin/monitoring/data?period=fortnight HTTP/1.1\r\nAccept: text/html\r\n\r\n");
		// Refused by Tomcat's connector before any filter: its error page would be HTML.
		requests.put("a request line over the server's limit", "GET /admin/monitoring/data?x=" + "a".repeat(20_000)
				+ " HTTP/1.1\r\nAccept: text/html\r\n\r\n");
		requests.put("a header over the server's limit", "GET /admin/monitoring/data HTTP/1.1\r\nX-Big: "
				+ "a".repeat(20_000) + "\r\n\r\n");
		requests.put("a control character in the path", "GET /admin/\u0001x HTTP/1.1\r\n\r\n");
		for (var request : requests.entrySet()) {
			String token = request.getValue().contains("X-No-Token") ? null : SUPERADMIN;
			String answer = raw(request.getValue(), token);
			String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
			String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
			assertThat(head).as(request.getKey()).containsPattern("HTTP/1.1 40[06]").contains("application/problem+json");
			assertThat(JSON.readTree(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1)).get("detail").asString())
				.as(request.getKey()).isNotBlank().hasSizeLessThan(300);
		}
	}

	/** One HTTP/1.1 request as bytes, exactly as given (no client would send some of these), and the answer. */
	private static String raw(String request, String token) throws IOException {
		URI base = LiveServer.base();
		try (Socket socket = new Socket(base.getHost(), base.getPort())) {
			socket.setSoTimeout(30_000);
			int headEnd = request.indexOf("\r\n") + 2;
			String headers = "Host: " + base.getHost() + "\r\nConnection: close\r\n"
					+ ((token != null) ? "Authorization: Bearer " + token + "\r\n" : "");
			String full = request.substring(0, headEnd) + headers + request.substring(headEnd);
			try {
				socket.getOutputStream().write(full.getBytes(StandardCharsets.ISO_8859_1));
				socket.getOutputStream().flush();
			}
			catch (IOException ex) {
				// refused before the whole body was read (a body too large): the answer is there to read
			}
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void aBrokenUsersOrTenantsFileWhileRunningKeepsTheLastGoodVersion() throws Exception {
		Path users = LiveServer.configDir().resolve("users.yml");
		Path tenants = LiveServer.configDir().resolve("tenants.yml");
		String goodUsers = Files.readString(users);
		String goodTenants = Files.readString(tenants);
		var later = FileTime.from(Instant.now().plusSeconds(5));
		try {
			Files.writeString(users, "users:\n  - name: ops\n    role: overlord\n    token-sha256: 12\n");
			Files.writeString(tenants, "tenants:\n  - client: acme\n    url: [unclosed\n");
			Files.setLastModifiedTime(users, later);
			Files.setLastModifiedTime(tenants, later);
			assertThat(get("/admin/monitoring/activity?limit=1", SUPERADMIN).statusCode()).isEqualTo(200);
			assertThat(get("/admin/monitoring/activity?limit=1", SUBSCRIBER).statusCode()).isEqualTo(200);
			HttpResponse<String> data = get("/admin/monitoring/data", SUPERADMIN);
			assertThat(data.statusCode()).as(data.body()).isEqualTo(200);
			assertThat(JSON.readTree(data.body()).get("clients")).hasSizeGreaterThan(1);
		}
		finally {
			var restored = FileTime.from(Instant.now().plusSeconds(10));
			Files.writeString(users, goodUsers);
			Files.writeString(tenants, goodTenants);
			Files.setLastModifiedTime(users, restored);
			Files.setLastModifiedTime(tenants, restored);
		}
	}

	@Test
	void aJobParameterThatIsNotWhatTheJobDeclaresIsRefusedBeforeAnyRun() throws Exception {
		for (String run : List.of("/admin/jobs/quota-alerts/run?at=yesterday", "/admin/jobs/report/run?period=fortnight",
				"/admin/jobs/daily-rollup/run?date=%2B999999999-01-01", "/admin/jobs/report/run?recipients=a%0Ab@x.com")) {
			HttpResponse<String> answer = post(run, SUPERADMIN);
			assertThat(answer.statusCode()).as(run + ": " + answer.body()).isEqualTo(400);
			JsonNode problem = JSON.readTree(answer.body());
			assertThat(problem.get("parameter").asString()).as(run).isIn("at", "period", "date", "recipients");
			assertThat(problem.get("detail").asString()).as(run).contains("is not");
		}
	}

	@Test
	void theDataEndpointIsTheMonitoringJsonOfTheScope() throws Exception {
		JsonNode own = JSON.readTree(get("/admin/monitoring/data", SUBSCRIBER).body());
		JsonNode asked = JSON.readTree(get("/admin/monitoring/data?client_id=" + CLIENT, SUPERADMIN).body());
		assertThat(own.propertyNames()).startsWith("period_start", "period_end", "voice_quota", "text_quota",
				"embedding_quota", "sidekicks", "total_conversations");
		assertThat(own.get("period_start").asString()).isEqualTo("2026-11-01");
		assertThat(own.get("voice_quota")).isEqualTo(asked.get("voice_quota"));
		assertThat(own.get("sidekicks")).isEqualTo(asked.get("sidekicks"));
		// This server knows no admin address: no links into it, and the page says why.
		assertThat(asked.get("quick_actions")).isEmpty();
		assertThat(asked.get("empty_states").get("quick_actions").asString()).contains("forge.admin-base-url");
		asked.get("sidekicks").forEach((s) -> assertThat(s.get("actions")).isEmpty());
		JsonNode week = JSON.readTree(get("/admin/monitoring/data?period=7d", SUPERADMIN).body());
		assertThat(week.get("period_start").asString()).isEqualTo("2026-11-19");
		JsonNode custom = JSON.readTree(get("/admin/monitoring/data?from=2026-10-01&to=2026-10-31", SUPERADMIN).body());
		assertThat(custom.get("period_end").asString()).isEqualTo("2026-10-31");
		// Every answer is the seed's model as the seed types it.
		for (JsonNode answer : List.of(own, asked, week, custom,
				JSON.readTree(get("/admin/monitoring/data?period=12m", SUPERADMIN).body()))) {
			SeedModels.assertValid("MonitoringData", answer, "/admin/monitoring/data");
		}
		for (String caller : List.of(SUPERADMIN, SUBSCRIBER)) {
			SeedModels.assertValid("ActivityEvents",
					get("/admin/monitoring/activity?limit=200&period=30d", caller).body(), "/admin/monitoring/activity");
		}
	}

	@Test
	void exportsComeAsFilesOfTheirFormat() {
		HttpResponse<String> csv = get("/admin/monitoring/export/csv?client_id=" + CLIENT, SUPERADMIN);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying((v) -> assertThat(v).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"" + CLIENT + "-usage-current.csv\"");
		assertThat(csv.body()).startsWith("date,client_id,client_name,");
		HttpResponse<String> pdf = get("/admin/monitoring/export/pdf?period=30d", SUPERADMIN);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF-");
		HttpResponse<String> conversations = get("/admin/monitoring/export/conversations?period=7d", SUBSCRIBER);
		assertThat(conversations.statusCode()).isEqualTo(200);
		assertThat(conversations.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(v) -> assertThat(v).contains("conversations-7d.json"));
	}

	@Test
	void aRunStartedOverHttpGoesOnAndSaysHowItWent() throws Exception {
		HttpResponse<String> accepted = post("/admin/jobs/daily-rollup/run?date=2026-11-24&client=" + CLIENT, SUPERADMIN);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String location = accepted.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("/admin/jobs/runs/");
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
			.until(() -> !JSON.readTree(get(location, SUPERADMIN).body()).get("status").asString().equals("RUNNING"));
		JsonNode done = JSON.readTree(get(location, SUPERADMIN).body());
		assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
		assertThat(done.get("job").asString()).isEqualTo("daily-rollup");
		assertThat(done.get("execution_id").asLong()).isPositive();
		// Someone else's run is not theirs to look at.
		assertThat(get(location, ADMIN_OF_OTHER).statusCode()).isEqualTo(404);
		// An admin runs jobs for their own client, not all of them.
		assertThat(post("/admin/jobs/quota-alerts/run?wait=true", ADMIN_OF_OTHER).statusCode()).isEqualTo(200);
		assertThat(post("/admin/jobs/report/run", ADMIN_OF_OTHER).statusCode()).isEqualTo(403);
	}

	private static HttpResponse<String> call(Endpoint endpoint, String token) {
		return endpoint.method().equals("POST") ? post(endpoint.path(), token) : get(endpoint.path(), token);
	}

}
