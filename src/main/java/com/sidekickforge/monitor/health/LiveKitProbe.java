package com.sidekickforge.monitor.health;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks a LiveKit server for its rooms: RoomService {@code ListRooms} over Twirp (HTTP POST of JSON) with an access
 * token for this one call. Healthy is a 200 with a room list within the budget; slower is degraded; an error status
 * (401 for a wrong key or secret), no answer within the timeout, or no connection is down, with the reason.
 */
final class LiveKitProbe {

	static final String LIST_ROOMS = "/twirp/livekit.RoomService/ListRooms";

	private final HttpClient http;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Duration timeout;

	private final Duration budget;

	private final Clock clock;

	LiveKitProbe(Duration timeout, Duration budget, Clock clock) {
		this.timeout = timeout;
		this.budget = budget;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** @param url the server as configured ({@code wss://...}, {@code https://...}, ...) */
	ProbeResult probe(String url, String apiKey, String apiSecret) {
		if (apiKey == null || apiKey.isBlank() || apiSecret == null || apiSecret.isBlank()) {
			return ProbeResult.down("no API key or secret configured for " + url, null);
		}
		URI endpoint;
		try {
			endpoint = twirp(url);
		}
		catch (IllegalArgumentException ex) {
			return ProbeResult.down("not a LiveKit URL: " + url, null);
		}
		String token = AccessToken.roomList(apiKey, apiSecret, this.clock.instant(), Duration.ofMinutes(1));
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.timeout(this.timeout)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build();
		long started = System.nanoTime();
		HttpResponse<String> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpConnectTimeoutException ex) {
			return ProbeResult.down("no connection within " + this.timeout.toMillis() + " ms", elapsed(started));
		}
		catch (HttpTimeoutException ex) {
			return ProbeResult.down("no answer within " + this.timeout.toMillis() + " ms", elapsed(started));
		}
		catch (ConnectException ex) {
			return ProbeResult.down("connection refused by " + endpoint.getHost() + ":" + port(endpoint), null);
		}
		catch (IOException ex) {
			return ProbeResult.down("cannot reach " + endpoint.getHost() + ": " + ex.getClass().getSimpleName()
					+ ((ex.getMessage() != null) ? " " + ex.getMessage() : ""), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ProbeResult.down("interrupted", null);
		}
		long latency = elapsed(started);
		int status = response.statusCode();
		if (status == 401 || status == 403) {
			return ProbeResult.down("authentication refused (HTTP " + status + "): check the API key and secret", latency);
		}
		if (status != 200) {
			return ProbeResult.down("HTTP " + status + twirpCode(response.body()), latency);
		}
		List<LiveKitRoom> rooms;
		try {
			rooms = rooms(response.body());
		}
		catch (JacksonException | IllegalStateException ex) {
			return ProbeResult.down("the answer is not a room list", latency);
		}
		boolean slow = latency > this.budget.toMillis();
		return new ProbeResult(slow ? ProbeStatus.DEGRADED : ProbeStatus.HEALTHY, latency, null,
				slow ? "slow: " + latency + " ms (budget " + this.budget.toMillis() + " ms)" : null, rooms);
	}

	/** The Twirp endpoint of a server URL: WebSocket schemes become HTTP ones. */
	static URI twirp(String url) {
		String base = url.strip();
		if (base.startsWith("wss://")) {
			base = "https://" + base.substring(6);
		}
		else if (base.startsWith("ws://")) {
			base = "http://" + base.substring(5);
		}
		URI uri = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
		if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
			throw new IllegalArgumentException(url);
		}
		return URI.create(uri + LIST_ROOMS);
	}

	private List<LiveKitRoom> rooms(String body) {
		JsonNode root = this.json.readTree(body);
		if (!root.isObject()) {
			throw new IllegalStateException("not an object");
		}
		List<LiveKitRoom> rooms = new ArrayList<>();
		for (JsonNode room : root.path("rooms")) {
			// Twirp sends the proto names (num_participants); some servers the JSON names (numParticipants).
			JsonNode participants = room.has("num_participants") ? room.get("num_participants")
					: room.path("numParticipants");
			rooms.add(new LiveKitRoom(room.path("name").asString(""), participants.asInt(0),
					room.path("metadata").asString("")));
		}
		return rooms;
	}

	/** Twirp's error code ({@code {"code":"internal","msg":...}}), when the body has one. */
	private String twirpCode(String body) {
		try {
			JsonNode error = this.json.readTree(body);
			String code = error.path("code").asString("");
			return code.isEmpty() ? "" : " (" + code + ")";
		}
		catch (JacksonException ex) {
			return "";
		}
	}

	private static int port(URI uri) {
		return (uri.getPort() > 0) ? uri.getPort() : (uri.getScheme().equals("https") ? 443 : 80);
	}

	private static long elapsed(long started) {
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}

}
