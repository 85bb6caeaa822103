package com.sidekickforge.monitor.health;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LiveKit probe against a real HTTP server on loopback that checks the access token as LiveKit does: healthy,
 * slow, a wrong secret, a server error, a refused connection and no answer in time.
 */
class LiveKitProbeTests {

	private static final String KEY = "APIprobe";

	private static final String SECRET = "probe-secret-that-must-never-show";

	private static final List<LiveKitRoom> ROOMS = List.of(new LiveKitRoom("call-alpha-1", 2, "{\"client_id\":\"x\"}"),
			new LiveKitRoom("text-alpha-2", 1, ""), new LiveKitRoom("prewarm-alpha", 1, ""),
			new LiveKitRoom("react-embed-alpha", 1, ""), new LiveKitRoom("call-empty", 0, ""));

	private final Clock clock = Clock.systemUTC();

	private final LiveKitProbe probe = new LiveKitProbe(Duration.ofMillis(1500), Duration.ofMillis(300), this.clock);

	@Test
	void aServerThatListsItsRoomsInTimeIsHealthyAndOnlyRealVoiceRoomsAreSessions() {
		try (LiveKitStandIn server = LiveKitStandIn.start(KEY, SECRET, LiveKitStandIn.Behaviour.HEALTHY, ROOMS,
				this.clock)) {
			ProbeResult result = this.probe.probe(server.url(), KEY, SECRET);

			assertThat(result.status()).isEqualTo(ProbeStatus.HEALTHY);
			assertThat(result.reason()).isNull();
			assertThat(result.latencyMillis()).isNotNull().isLessThan(300);
			assertThat(result.rooms()).hasSize(5);
			assertThat(result.rooms().stream().filter(LiveKitRoom::isActiveVoiceSession).map(LiveKitRoom::name))
				.containsExactly("call-alpha-1");
		}
	}

	@Test
	void theStandInRefusesTokensLiveKitWouldRefuse() throws Exception {
		try (LiveKitStandIn server = LiveKitStandIn.start(KEY, SECRET, LiveKitStandIn.Behaviour.HEALTHY, ROOMS,
				this.clock)) {
			Instant now = this.clock.instant();
			assertThat(server.refusal("Bearer " + AccessToken.roomList(KEY, SECRET, now, Duration.ofMinutes(1)))).isNull();
			assertThat(server.refusal("Bearer " + AccessToken.roomList("APIother", SECRET, now, Duration.ofMinutes(1))))
				.isEqualTo("unknown API key");
			assertThat(server.refusal("Bearer " + AccessToken.roomList(KEY, "wrong", now, Duration.ofMinutes(1))))
				.isEqualTo("invalid signature");
			assertThat(server.refusal("Bearer " + AccessToken.roomList(KEY, SECRET, now.minusSeconds(120),
					Duration.ofMinutes(1)))).isEqualTo("token expired");
			assertThat(server.refusal(null)).isEqualTo("no bearer token");
			// Over HTTP, a request without a token gets Twirp's 401.
			HttpResponse<String> anonymous = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(LiveKitProbe.twirp(server.url()))
					.POST(HttpRequest.BodyPublishers.ofString("{}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(anonymous.statusCode()).isEqualTo(401);
			assertThat(anonymous.body()).contains("unauthenticated");
		}
	}

	@Test
	void aSlowAnswerIsDegraded() {
		try (LiveKitStandIn server = LiveKitStandIn.start(KEY, SECRET,
				LiveKitStandIn.Behaviour.slow(Duration.ofMillis(600)), ROOMS, this.clock)) {
			ProbeResult result = this.probe.probe(server.url(), KEY, SECRET);

			assertThat(result.status()).isEqualTo(ProbeStatus.DEGRADED);
			assertThat(result.reason()).startsWith("slow: ").endsWith("(budget 300 ms)");
			assertThat(result.latencyMillis()).isGreaterThanOrEqualTo(600);
		}
	}

	@Test
	void aWrongSecretIsAnAuthenticationFailureThatNamesNoSecret() {
		try (LiveKitStandIn server = LiveKitStandIn.start(KEY, SECRET, LiveKitStandIn.Behaviour.HEALTHY, ROOMS,
				this.clock)) {
			ProbeResult result = this.probe.probe(server.url(), KEY, "not-the-secret");

			assertThat(result.status()).isEqualTo(ProbeStatus.DOWN);
			assertThat(result.reason()).isEqualTo("authentication refused (HTTP 401): check the API key and secret")
				.doesNotContain("not-the-secret");
		}
	}

	@Test
	void aServerErrorIsDown() {
		try (LiveKitStandIn server = LiveKitStandIn.start(KEY, SECRET, LiveKitStandIn.Behaviour.failing(500), ROOMS,
				this.clock)) {
			ProbeResult result = this.probe.probe(server.url(), KEY, SECRET);

			assertThat(result.status()).isEqualTo(ProbeStatus.DOWN);
			assertThat(result.reason()).isEqualTo("HTTP 500 (internal)");
		}
	}

	@Test
	void aRefusedConnectionIsDown() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ProbeResult result = this.probe.probe("wss://127.0.0.1:" + port, KEY, SECRET);

		// wss becomes https: the refusal comes before any TLS.
		assertThat(result.status()).isEqualTo(ProbeStatus.DOWN);
		assertThat(result.reason()).isEqualTo("connection refused by 127.0.0.1:" + port);
	}

	@Test
	void noAnswerWithinTheTimeoutIsDown() {
		try (LiveKitStandIn server = LiveKitStandIn.start(KEY, SECRET,
				LiveKitStandIn.Behaviour.slow(Duration.ofSeconds(5)), ROOMS, this.clock)) {
			ProbeResult result = this.probe.probe(server.url(), KEY, SECRET);

			assertThat(result.status()).isEqualTo(ProbeStatus.DOWN);
			assertThat(result.reason()).isEqualTo("no answer within 1500 ms");
		}
	}

	@Test
	void theTwirpEndpointOfAServerUrl() {
		assertThat(LiveKitProbe.twirp("wss://forge.livekit.cloud/"))
			.isEqualTo(URI.create("https://forge.livekit.cloud/twirp/livekit.RoomService/ListRooms"));
		assertThat(LiveKitProbe.twirp("ws://127.0.0.1:7880"))
			.isEqualTo(URI.create("http://127.0.0.1:7880/twirp/livekit.RoomService/ListRooms"));
	}

}
