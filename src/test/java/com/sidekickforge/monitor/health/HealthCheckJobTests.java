package com.sidekickforge.monitor.health;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.sidekickforge.monitor.ForgeMonitorApplication;
import com.sidekickforge.monitor.report.ReportService;
import com.sidekickforge.monitor.report.export.ExportFormat;
import com.sidekickforge.monitor.report.model.ReportScope;
import com.sidekickforge.monitor.run.JobRuns;
import com.sidekickforge.monitor.run.RunOutcome;
import com.sidekickforge.monitor.source.ClientIdentity;
import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.MutableClock;
import com.sidekickforge.monitor.testsupport.MutableClockConfiguration;
import com.sidekickforge.monitor.testsupport.SourceAndStoreDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health-check job on PostgreSQL against real servers on loopback: the platform's LiveKit (rooms of a client by
 * metadata), a client's own LiveKit that refuses its key, a dedicated client whose tenant PostgreSQL is stopped, and an
 * API endpoint. The run completes, every state is a sample, and the report shows it per scope without a secret.
 */
@SpringBootTest(classes = { ForgeMonitorApplication.class, MutableClockConfiguration.class },
		properties = { "forge.timezone=UTC", "forge.health.timeout=2s", "forge.health.api-requests=4" })
class HealthCheckJobTests {

	private static final SourceAndStoreDatabases DATABASES = new SourceAndStoreDatabases(SourceDatabase.POSTGRESQL);

	private static final String PLATFORM_SECRET = "platform-secret-never-shown";

	private static final String OWN_SECRET = "own-secret-never-shown";

	private static final UUID ALPHA = UUID.randomUUID();

	private static final LiveKitStandIn PLATFORM_LIVEKIT = LiveKitStandIn.start("APIplatform", PLATFORM_SECRET,
			LiveKitStandIn.Behaviour.HEALTHY,
			List.of(new LiveKitRoom("call-1", 2, "{\"client_id\":\"" + ALPHA + "\"}"),
					new LiveKitRoom("call-2", 1, "{\"client_id\":\"" + ALPHA + "\"}"), new LiveKitRoom("text-3", 1, ""),
					new LiveKitRoom("call-of-nobody", 1, "")),
			Clock.systemUTC());

	/** Bravo's own server knows another secret than the one in the clients table. */
	private static final LiveKitStandIn BRAVO_LIVEKIT = LiveKitStandIn.start("APIbravo", "the-server-secret",
			LiveKitStandIn.Behaviour.HEALTHY, List.of(), Clock.systemUTC());

	private static final HttpServer API = api();

	@DynamicPropertySource
	static void databasesAndServers(DynamicPropertyRegistry registry) {
		DATABASES.register(registry);
		registry.add("forge.livekit.url", PLATFORM_LIVEKIT::url);
		registry.add("forge.livekit.api-key", () -> "APIplatform");
		registry.add("forge.livekit.api-secret", () -> PLATFORM_SECRET);
		registry.add("forge.health.api-endpoints[0].name", () -> "admin API");
		registry.add("forge.health.api-endpoints[0].url",
				() -> "http://127.0.0.1:" + API.getAddress().getPort() + "/api/health");
	}

	@Autowired
	JobRuns jobs;

	@Autowired
	MutableClock clock;

	@Autowired
	ReportService reports;

	@Autowired
	HealthSamples samples;

	@AfterAll
	static void stopTheServers() {
		PLATFORM_LIVEKIT.close();
		BRAVO_LIVEKIT.close();
		API.stop(0);
	}

	@Test
	void everyProbeIsASampleAndTheReportShowsEachScopeItsOwnHealth() throws Exception {
		DATABASES.clear();
		JdbcClient platform = JdbcClient.create(DATABASES.platform.dataSource());
		platform.sql("INSERT INTO clients (id, name, tier, hosting_type) VALUES (:id, 'Alpha', 'adventurer', 'shared')")
			.param("id", ALPHA)
			.update();
		UUID bravo = DATABASES.platformRows.client("Bravo", "champion", false);
		platform.sql("UPDATE clients SET livekit_url = :url, livekit_api_key = 'APIbravo', livekit_api_secret = :secret "
				+ "WHERE id = :id")
			.param("url", BRAVO_LIVEKIT.url())
			.param("secret", OWN_SECRET)
			.param("id", bravo)
			.update();
		UUID charlie = DATABASES.platformRows.client("Charlie", "paragon", true);
		DATABASES.tenants("charlie", "jdbc:postgresql://127.0.0.1:" + closedPort() + "/tenant?user=postgres");
		Instant now = Instant.parse("2026-11-25T10:00:00Z");
		this.clock.set(now);

		RunOutcome run = this.jobs.run("health-check", Map.of(), false);

		assertThat(run.status()).as(run.failure()).isEqualTo("COMPLETED");
		Map<String, String> samples = new TreeMap<>();
		JdbcClient.create(DATABASES.store.dataSource())
			.sql("SELECT target, status, COALESCE(reason, ''), COALESCE(active_sessions, -1) FROM monitor.health_sample")
			.query((rs) -> {
				samples.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3)
						+ ((rs.getInt(4) >= 0) ? " sessions=" + rs.getInt(4) : ""));
			});
		assertThat(samples).containsEntry("platform LiveKit", "healthy  sessions=3")
			.containsEntry("LiveKit of bravo",
					"down authentication refused (HTTP 401): check the API key and secret sessions=-1".replace(
							" sessions=-1", ""))
			.containsEntry("platform database", "healthy ")
			.containsEntry("Forge Monitor store", "healthy ")
			.containsEntry("admin API", "healthy ")
			.hasSize(6);
		assertThat(samples.get("tenant database of charlie")).startsWith("down ").containsIgnoringCase("refused");
		assertThat(samples.toString()).doesNotContain(PLATFORM_SECRET, OWN_SECRET, "the-server-secret");

		JsonNode all = export(ReportScope.all(), now);
		assertThat(all.path("livekit_healthy").asBoolean()).isTrue();
		assertThat(all.path("active_voice_sessions").asInt()).as("Alpha's two calls and a room of nobody").isEqualTo(3);
		JsonNode health = all.path("health");
		assertThat(health.path("status").asString()).isEqualTo("down");
		assertThat(health.path("api_latency").asString()).isEqualTo("healthy");
		assertThat(health.path("probes")).hasSize(6);
		Map<String, JsonNode> perClient = new HashMap<>();
		health.path("clients").forEach((c) -> perClient.put(c.path("slug").asString(), c));
		assertThat(perClient.get("alpha").path("status").asString()).isEqualTo("healthy");
		assertThat(perClient.get("bravo").path("status").asString()).isEqualTo("down");
		assertThat(perClient.get("bravo").path("livekit").asString()).isEqualTo("down");
		assertThat(perClient.get("charlie").path("database").asString()).isEqualTo("down");
		assertThat(perClient.get("charlie").path("error_rate_percent").asDouble()).as("its one probe failed")
			.isEqualTo(100.0);
		assertThat(all.toString()).doesNotContain(PLATFORM_SECRET, OWN_SECRET);

		// Alpha sees its own sessions and the platform's LiveKit; nothing of Bravo's or Charlie's things.
		JsonNode alpha = export(ReportScope.of(new ClientIdentity(ALPHA, "Alpha", "adventurer", "shared")), now);
		assertThat(alpha.path("active_voice_sessions").asInt()).isEqualTo(2);
		assertThat(alpha.path("health").path("livekit").asString()).isEqualTo("healthy");
		assertThat(alpha.toString()).doesNotContain("bravo", "charlie", "Bravo", "Charlie");
		// Bravo's calls go through its own server, which is down.
		JsonNode bravoScope = export(ReportScope.of(new ClientIdentity(bravo, "Bravo", "champion", "shared")), now);
		assertThat(bravoScope.path("livekit_healthy").asBoolean()).isFalse();
		assertThat(bravoScope.path("health").path("livekit").asString()).isEqualTo("down");
		// Charlie's error rate counts the failed probe of its tenant database (it has no actions).
		JsonNode charlieScope = export(ReportScope.of(new ClientIdentity(charlie, "Charlie", "paragon", "dedicated")),
				now);
		JsonNode errors = charlieScope.path("health").path("error_rate");
		assertThat(errors.path("actions").asLong()).isEqualTo(1);
		assertThat(errors.path("failed").asLong()).isEqualTo(1);
		assertThat(errors.path("percent").asDouble()).isEqualTo(100.0);

		// An hour later the check is too old (forge.health.freshness 15m): LiveKit is not checked again.
		JsonNode later = export(ReportScope.all(), now.plusSeconds(3600));
		// The seed types livekit_healthy a boolean: false, nothing vouches for it; "not checked" is said by health.
		assertThat(later.path("livekit_healthy").isBoolean()).isTrue();
		assertThat(later.path("livekit_healthy").asBoolean()).isFalse();
		assertThat(later.path("active_voice_sessions").asInt()).isZero();
		assertThat(later.path("health").path("livekit").asString()).isEqualTo("not_checked");
		assertThat(later.path("health").path("checked_at").isNull()).isTrue();
	}

	@Test
	void aCheckForgetsSamplesOlderThanTheRetention() {
		DATABASES.clear();
		DATABASES.configDir.resolve("tenants.yml").toFile().delete(); // no dedicated client in this test
		Instant now = Instant.parse("2026-11-25T10:00:00Z");
		Instant old = now.minus(Duration.ofDays(401));
		Instant recent = now.minus(Duration.ofDays(10));
		for (Instant at : new Instant[] { old, recent }) {
			this.samples.record(at, List.of(new HealthSample(at, HealthSample.DATABASE, "platform database",
					null, ProbeStatus.HEALTHY, 3L, null, null, null)), Map.of(ALPHA, 2));
		}
		this.clock.set(now);

		RunOutcome run = this.jobs.run("health-check", Map.of(), false);

		assertThat(run.status()).as(run.failure()).isEqualTo("COMPLETED");
		JdbcClient store = JdbcClient.create(DATABASES.store.dataSource());
		assertThat(store.sql("SELECT COUNT(*) FROM monitor.health_sample WHERE checked_at < :d")
			.param("d", OffsetDateTime.ofInstant(now.minus(Duration.ofDays(400)),
					ZoneOffset.UTC))
			.query(Long.class)
			.single()).as("older than forge.health.keep (400d)").isZero();
		assertThat(store.sql("SELECT COUNT(*) FROM monitor.health_voice_session WHERE checked_at < :d")
			.param("d", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query(Long.class)
			.single()).as("the recent check's sessions, not the old one's").isEqualTo(1);
		assertThat(store.sql("SELECT COUNT(*) FROM monitor.health_sample WHERE checked_at < :d")
			.param("d", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query(Long.class)
			.single()).as("the recent check's sample").isEqualTo(1);
	}

	private JsonNode export(ReportScope scope, Instant at) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.reports.export(ExportFormat.JSON, scope, "current", null, null, at, out);
		return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static HttpServer api() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/api/health", (exchange) -> {
				byte[] body = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
