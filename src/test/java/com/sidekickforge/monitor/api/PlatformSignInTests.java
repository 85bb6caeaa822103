package com.sidekickforge.monitor.api;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import com.sidekickforge.monitor.testsupport.DemoReports;
import com.sidekickforge.monitor.testsupport.PlatformIssuer;

import static com.sidekickforge.monitor.api.LiveServer.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People sign in with their Sidekick Forge access token, over real HTTP against {@code serve}: tokens in the
 * platform's shapes (HS256 with the project's secret, ES256 with a JWKS served on loopback), role and clients from the
 * platform's own tables (the demo's database, with memberships added here). The security boundary is Spring
 * Security's: paths as routed, CSRF for cookie sessions, sessions of their own, headers, limits on guessing.
 */
class PlatformSignInTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static JdbcClient platform;

	static UUID clientA;

	static UUID clientB;

	static String nameB;

	@BeforeAll
	static void start() {
		LiveServer.base();
		platform = DemoReports.platform();
		List<Map<String, Object>> clients = platform.sql("SELECT id, name FROM clients ORDER BY name").query().listOfRows();
		clientA = (UUID) clients.get(0).get("id");
		clientB = (UUID) clients.get(1).get("id");
		nameB = (String) clients.get(1).get("name");
	}

	@Test
	void aSuperadminOfThePlatformSeesEveryClient() throws Exception {
		UUID user = UUID.randomUUID();
		platform.sql("INSERT INTO platform_role_memberships (user_id, role_id) SELECT :user, id FROM roles WHERE \"key\" = 'super_admin'")
			.param("user", user)
			.update();
		HttpResponse<String> data = LiveServer.get("/admin/monitoring/data", hs256(user, Map.of()));
		assertThat(data.statusCode()).as(data.body()).isEqualTo(200);
		assertThat(JSON.readTree(data.body()).get("clients")).hasSize(12);
		// The token's own metadata makes a superadmin too, as the admin reads it.
		HttpResponse<String> byMetadata = LiveServer.get("/admin/monitoring/data",
				ISSUER.es256(PlatformIssuer.claims(UUID.randomUUID(), "meta@example.com",
						Map.of("platform_role", "super_admin")).build()));
		assertThat(byMetadata.statusCode()).as(byMetadata.body()).isEqualTo(200);
	}

	@Test
	void anAdminOfOneClientSeesThatClientOnlyAndASuspendedMembershipNothing() throws Exception {
		UUID admin = UUID.randomUUID();
		membership(admin, clientA, "admin", "active");
		membership(admin, clientB, "subscriber", "suspended");
		String token = ISSUER.es256(PlatformIssuer.claims(admin, "admin-a@example.com", Map.of()).build());

		HttpResponse<String> own = LiveServer.get("/admin/monitoring/data?client_id=" + clientA, token);
		HttpResponse<String> other = LiveServer.get("/admin/monitoring/data?client_id=" + clientB, token);
		HttpResponse<String> all = LiveServer.get("/admin/monitoring/data", token);

		assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.body()).doesNotContain(nameB).doesNotContain("voice_quota");
		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(all.body()).doesNotContain(nameB);
		// An admin of the client runs its jobs; not another's.
		assertThat(LiveServer.post("/admin/jobs/quota-alerts/run?client=" + clientA, token).statusCode()).isEqualTo(202);
		assertThat(LiveServer.post("/admin/jobs/quota-alerts/run?client=" + clientB, token).statusCode()).isEqualTo(403);

		UUID suspended = UUID.randomUUID();
		membership(suspended, clientA, "admin", "suspended");
		HttpResponse<String> nothing = LiveServer.get("/admin/monitoring/data", hs256(suspended, Map.of()));
		assertThat(nothing.statusCode()).isEqualTo(403);
		assertThat(nothing.body()).contains("no active membership").doesNotContain("voice_quota");
	}

	@Test
	void anOwnerSeesTheirClientAndTenantAssignmentsInTheTokenCountToo() throws Exception {
		UUID owner = UUID.randomUUID();
		platform.sql("UPDATE clients SET owner_user_id = :user WHERE id = :client").param("user", owner)
			.param("client", clientB).update();
		try {
			assertThat(LiveServer.get("/admin/monitoring/data?client_id=" + clientB, hs256(owner, Map.of())).statusCode())
				.isEqualTo(200);
			assertThat(LiveServer.get("/admin/monitoring/data?client_id=" + clientA, hs256(owner, Map.of())).statusCode())
				.isEqualTo(403);
		}
		finally {
			platform.sql("UPDATE clients SET owner_user_id = NULL WHERE id = :client").param("client", clientB).update();
		}
		String assigned = hs256(UUID.randomUUID(),
				Map.of("tenant_assignments", Map.of("subscriber_client_ids", List.of(clientA.toString()))));
		assertThat(LiveServer.get("/admin/monitoring/data?client_id=" + clientA, assigned).statusCode()).isEqualTo(200);
		assertThat(LiveServer.post("/admin/jobs/quota-alerts/run?client=" + clientA, assigned).statusCode())
			.as("a subscriber runs nothing").isEqualTo(403);
	}

	@Test
	void aTokenThatIsNotTheProjectsIsRefused() {
		UUID user = UUID.randomUUID();
		Date past = Date.from(Instant.now().minusSeconds(3600));
		Date future = Date.from(Instant.now().plusSeconds(3600));
		Map<String, String> refused = new LinkedHashMap<>();
		refused.put("expired", ISSUER.hs256(claims(user).expirationTime(past).build()));
		refused.put("not yet valid", ISSUER.hs256(claims(user).notBeforeTime(future).build()));
		refused.put("no expiry", ISSUER.hs256(claims(user).expirationTime(null).build()));
		refused.put("wrong signature", PlatformIssuer.forgedHs256(claims(user).build()));
		refused.put("wrong issuer", ISSUER.hs256(claims(user).issuer("https://other.supabase.co/auth/v1").build()));
		refused.put("wrong audience", ISSUER.es256(claims(user).audience("anon").build()));
		refused.put("alg none", PlatformIssuer.unsigned(claims(user).build()));
		refused.put("not a user id", ISSUER.hs256(claims(user).subject("service_role").build()));
		for (var token : refused.entrySet()) {
			HttpResponse<String> answer = LiveServer.get("/admin/monitoring/data", token.getValue());
			assertThat(answer.statusCode()).as(token.getKey() + ": " + answer.body()).isEqualTo(401);
			assertThat(answer.headers().firstValue("WWW-Authenticate")).as(token.getKey())
				.hasValueSatisfying((value) -> assertThat(value).contains("invalid_token"));
			assertThat(answer.body()).as(token.getKey()).contains("\"status\":401").doesNotContain("voice_quota");
		}
	}

	@Test
	void thePlatformsCookieSignsInButChangesNothingWithoutThePagesToken() throws Exception {
		String token = superadminToken();
		HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/admin/monitoring/data")).GET()
			.header("Cookie", "admin_token=" + token));
		assertThat(read.statusCode()).isEqualTo(200);
		HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/admin/jobs/health-check/run"))
			.POST(HttpRequest.BodyPublishers.ofString("x=1"))
			.header("Cookie", "admin_token=" + token)
			.header("Origin", "https://evil.example")
			.header("Content-Type", "text/plain"));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("CSRF");
	}

	@Test
	void aBrowserSessionIsItsOwnRevocableIdProtectedAgainstForgedRequests() throws Exception {
		// The login page: a session for its CSRF token; behind a TLS proxy the cookie is Secure.
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/admin/login")).GET()
			.header("X-Forwarded-Proto", "https"));
		String before = sessionCookie(page).orElseThrow();
		assertThat(page.headers().allValues("Set-Cookie").get(0)).contains("HttpOnly", "SameSite=Strict", "Secure");
		String csrf = csrf(page.body());

		// A foreign page cannot sign the browser in: no token of the page, refused.
		HttpResponse<String> loginCsrf = send(HttpRequest.newBuilder(uri("/admin/login"))
			.POST(HttpRequest.BodyPublishers.ofString("token=" + LiveServer.SUPERADMIN))
			.header("Content-Type", "application/x-www-form-urlencoded"));
		assertThat(loginCsrf.statusCode()).isEqualTo(403);
		// Nor is a token taken from the address.
		HttpResponse<String> inUrl = send(HttpRequest.newBuilder(uri("/admin/login?token=" + LiveServer.SUPERADMIN))
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf))
			.header("Cookie", "forge_session=" + before)
			.header("Content-Type", "application/x-www-form-urlencoded"));
		assertThat(inUrl.statusCode()).isEqualTo(400);

		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/admin/login"))
			.POST(HttpRequest.BodyPublishers.ofString("token=" + superadminToken() + "&_csrf=" + csrf
					+ "&next=/admin/monitoring"))
			.header("Cookie", "forge_session=" + before)
			.header("Content-Type", "application/x-www-form-urlencoded"));
		assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
		String session = sessionCookie(signedIn).orElse(before);
		assertThat(session).as("a new session id at sign-in").isNotEqualTo(before);
		assertThat(String.join(";", signedIn.headers().allValues("Set-Cookie"))).doesNotContain("eyJ");

		assertThat(send(withSession(session, "/admin/monitoring/data").GET()).statusCode()).isEqualTo(200);
		HttpResponse<String> noToken = send(withSession(session, "/admin/jobs/health-check/run")
			.POST(HttpRequest.BodyPublishers.noBody()).header("Origin", "http://127.0.0.1:1"));
		assertThat(noToken.statusCode()).as("a form of another port of the same site").isEqualTo(403);
		String fresh = csrf(send(withSession(session, "/admin/login").GET()).body());
		HttpResponse<String> run = send(withSession(session, "/admin/jobs/health-check/run")
			.POST(HttpRequest.BodyPublishers.noBody()).header("X-CSRF-TOKEN", fresh));
		assertThat(run.statusCode()).as(run.body()).isEqualTo(202);

		HttpResponse<String> out = send(withSession(session, "/admin/logout").POST(HttpRequest.BodyPublishers.noBody())
			.header("X-CSRF-TOKEN", fresh));
		assertThat(out.statusCode()).isEqualTo(204);
		assertThat(send(withSession(session, "/admin/monitoring/data").GET()).statusCode()).as("revoked").isEqualTo(401);
	}

	@Test
	void pathsAreJudgedAsTheyAreRoutedAndAnswersCarrySecurityHeaders() throws Exception {
		for (String path : List.of("/%61ctuator/prometheus", "/%61dmin/monitoring/data", "/admin;x/monitoring/data",
				"/admin/monitoring/%2e%2e/monitoring/data")) {
			HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(LiveServer.base() + path)).GET());
			assertThat(answer.statusCode()).as(path + ": " + answer.body()).isIn(400, 401);
			assertThat(answer.body()).as(path).doesNotContain("jvm_").doesNotContain("voice_quota");
		}
		assertThat(LiveServer.get("/actuator/prometheus", LiveServer.SUBSCRIBER).statusCode()).isEqualTo(403);
		for (String path : List.of("/admin/monitoring/data", "/admin/monitoring/activity?limit=1", "/actuator/prometheus",
				"/admin/monitoring/export/csv?period=7d")) {
			HttpResponse<String> answer = LiveServer.get(path, LiveServer.SUPERADMIN);
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			var headers = answer.headers();
			assertThat(headers.firstValue("Cache-Control")).as(path).hasValueSatisfying((v) -> assertThat(v).contains("no-store"));
			assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
			assertThat(headers.firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying((v) -> assertThat(v).contains("default-src 'self'", "frame-ancestors 'none'"));
		}
		// The live page's inline script carries the answer's nonce, which its policy names.
		HttpResponse<String> live = LiveServer.get("/admin/monitoring", LiveServer.SUPERADMIN);
		Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(live.headers().firstValue("Content-Security-Policy").orElseThrow());
		assertThat(nonce.find()).isTrue();
		assertThat(live.body()).contains("nonce=\"" + nonce.group(1) + "\"");
	}

	@Test
	void guessingTokensIsAnswered429OnceAnAddressHasUsedItsAttempts() throws Exception {
		HttpResponse<String> last = null;
		int refusedAt = -1;
		long lastSent = 0;
		for (int guess = 1; guess <= LiveServer.SIGN_IN_ATTEMPTS + 50 && refusedAt < 0; guess++) {
			lastSent = System.nanoTime();
			last = send(HttpRequest.newBuilder(uri("/actuator/health")).GET()
				.header("Authorization", "Bearer guess-" + guess)
				.header("X-Forwarded-For", "203.0.113.77"));
			if (last.statusCode() == 429) {
				refusedAt = guess;
			}
			else {
				assertThat(last.statusCode()).isEqualTo(401);
			}
		}
		// The allowance refills evenly (a few more while the guesses go on), never hundreds more.
		assertThat(refusedAt).isBetween(LiveServer.SIGN_IN_ATTEMPTS + 1, LiveServer.SIGN_IN_ATTEMPTS + 40);
		long retryAfter = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isPositive();
		// Even a right token from that address waits for as long as the 429 said: a guesser learns nothing from the
		// answers. The hold began after the last guess was sent, so an answer back within Retry-After of that moment
		// was decided inside the hold; a machine too slow for that proves nothing either way.
		int rightToken = send(HttpRequest.newBuilder(uri("/admin/monitoring/data")).GET()
			.header("Authorization", "Bearer " + LiveServer.SUPERADMIN)
			.header("X-Forwarded-For", "203.0.113.77")).statusCode();
		if (System.nanoTime() - lastSent < Duration.ofSeconds(retryAfter).toNanos()) {
			assertThat(rightToken).isEqualTo(429);
		}
		// Another address is not held back.
		assertThat(LiveServer.get("/admin/monitoring/data", LiveServer.SUPERADMIN).statusCode()).isEqualTo(200);

		// The login page counts the same way: wrong tokens in its form, one after another, until 429.
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/admin/login")).GET()
			.header("X-Forwarded-For", "203.0.113.78"));
		String session = sessionCookie(page).orElseThrow();
		String csrf = csrf(page.body());
		int loginRefusedAt = -1;
		for (int guess = 1; guess <= LiveServer.SIGN_IN_ATTEMPTS + 50 && loginRefusedAt < 0; guess++) {
			HttpResponse<String> attempt = send(HttpRequest.newBuilder(uri("/admin/login"))
				.POST(HttpRequest.BodyPublishers.ofString("token=guess-" + guess + "&_csrf=" + csrf))
				.header("Cookie", "forge_session=" + session)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Forwarded-For", "203.0.113.78"));
			if (attempt.statusCode() == 429) {
				loginRefusedAt = guess;
			}
			else {
				assertThat(attempt.statusCode()).isEqualTo(401);
			}
		}
		assertThat(loginRefusedAt).isBetween(LiveServer.SIGN_IN_ATTEMPTS + 1, LiveServer.SIGN_IN_ATTEMPTS + 40);
	}

	private static void membership(UUID user, UUID client, String role, String status) {
		platform.sql("""
				INSERT INTO tenant_memberships (user_id, client_id, role_id, status)
				SELECT :user, :client, id, :status FROM roles WHERE "key" = :role
				""").param("user", user).param("client", client).param("status", status).param("role", role).update();
	}

	private static String superadminToken() {
		return ISSUER.hs256(PlatformIssuer.claims(UUID.randomUUID(), "root@example.com",
				Map.of("platform_role", "super_admin")).build());
	}

	private static JWTClaimsSet.Builder claims(UUID user) {
		return PlatformIssuer.claims(user, "someone@example.com", Map.of("platform_role", "super_admin"));
	}

	private static String hs256(UUID user, Map<String, Object> metadata) {
		return ISSUER.hs256(PlatformIssuer.claims(user, user + "@example.com", metadata).build());
	}

	private static URI uri(String path) {
		return LiveServer.base().resolve(path);
	}

	private static HttpRequest.Builder withSession(String session, String path) {
		return HttpRequest.newBuilder(uri(path)).header("Cookie", "forge_session=" + session);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		return LiveServer.send(request, null);
	}

	private static Optional<String> sessionCookie(HttpResponse<String> answer) {
		return answer.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("forge_session="))
			.map((cookie) -> cookie.substring("forge_session=".length(), cookie.indexOf(';')))
			.filter((value) -> !value.isEmpty())
			.findFirst();
	}

	private static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as(page).isTrue();
		return token.group(1);
	}

}
