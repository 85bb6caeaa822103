package com.sidekickforge.monitor.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A LiveKit server's RoomService {@code ListRooms} on loopback, for the tests and for {@code demo} (which has no real
 * server to ask): it checks the access token as LiveKit does (HS256 signature with the secret of the key in
 * {@code iss}, not expired, the {@code video.roomList} grant) and answers with its rooms, after a delay or with an
 * error status when told to.
 */
public final class LiveKitStandIn implements AutoCloseable {

	/**
	 * How the stand-in answers.
	 *
	 * @param delay before answering (longer than the probe's timeout: no answer in time)
	 * @param status the HTTP status for a valid token (200: the rooms; else a Twirp error)
	 */
	public record Behaviour(Duration delay, int status) {

		public static final Behaviour HEALTHY = new Behaviour(Duration.ZERO, 200);

		public static Behaviour slow(Duration delay) {
			return new Behaviour(delay, 200);
		}

		public static Behaviour failing(int status) {
			return new Behaviour(Duration.ZERO, status);
		}

	}

	private final HttpServer server;

	private final String apiKey;

	private final String apiSecret;

	private final Behaviour behaviour;

	private final List<LiveKitRoom> rooms;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock;

	private LiveKitStandIn(String apiKey, String apiSecret, Behaviour behaviour, List<LiveKitRoom> rooms, Clock clock)
			throws IOException {
		this.apiKey = apiKey;
		this.apiSecret = apiSecret;
		this.behaviour = behaviour;
		this.rooms = List.copyOf(rooms);
		this.clock = clock;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.createContext(LiveKitProbe.LIST_ROOMS, this::listRooms);
		this.server.start();
	}

	/** Starts one on a free loopback port. */
	public static LiveKitStandIn start(String apiKey, String apiSecret, Behaviour behaviour, List<LiveKitRoom> rooms,
			Clock clock) {
		try {
			return new LiveKitStandIn(apiKey, apiSecret, behaviour, rooms, clock);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the LiveKit stand-in: " + ex.getMessage(), ex);
		}
	}

	/** Its URL, as a client's {@code livekit_url} would be (the probe turns ws into http). */
	public String url() {
		return "ws://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void listRooms(HttpExchange exchange) throws IOException {
		try (exchange; InputStream body = exchange.getRequestBody()) {
			body.readAllBytes();
			if (!"POST".equals(exchange.getRequestMethod())) {
				answer(exchange, 405, error("bad_route", "POST only"));
				return;
			}
			String refused = refusal(exchange.getRequestHeaders().getFirst("Authorization"));
			if (refused != null) {
				answer(exchange, 401, error("unauthenticated", refused));
				return;
			}
			if (!this.behaviour.delay().isZero()) {
				try {
					Thread.sleep(this.behaviour.delay());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			if (this.behaviour.status() != 200) {
				answer(exchange, this.behaviour.status(), error("internal", "stand-in told to fail"));
				return;
			}
			ObjectNode answer = this.json.createObjectNode();
			ArrayNode list = answer.putArray("rooms");
			for (LiveKitRoom room : this.rooms) {
				list.addObject()
					.put("sid", "RM_" + Integer.toHexString(room.name().hashCode()))
					.put("name", room.name())
					.put("num_participants", room.participants())
					.put("metadata", room.metadata());
			}
			answer(exchange, 200, answer.toString());
		}
		catch (IOException ex) {
			// the prober gave up (its timeout): nothing to answer
		}
	}

	/** Why the token is refused, or null when LiveKit would accept it for ListRooms. */
	String refusal(String authorization) {
		if (authorization == null || !authorization.startsWith("Bearer ")) {
			return "no bearer token";
		}
		String[] parts = authorization.substring(7).split("\\.");
		if (parts.length != 3) {
			return "not a JWT";
		}
		JsonNode header = this.json.readTree(decode(parts[0]));
		JsonNode claims = this.json.readTree(decode(parts[1]));
		if (!"HS256".equals(header.path("alg").asString(""))) {
			return "not HS256";
		}
		if (!this.apiKey.equals(claims.path("iss").asString(""))) {
			return "unknown API key";
		}
		byte[] expected = AccessToken.hmac(this.apiSecret, parts[0] + "." + parts[1]);
		if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
			return "invalid signature";
		}
		long now = this.clock.instant().getEpochSecond();
		if (!claims.has("exp") || claims.path("exp").asLong() <= now) {
			return "token expired";
		}
		if (claims.has("nbf") && claims.path("nbf").asLong() > now) {
			return "token not yet valid";
		}
		if (!claims.path("video").path("roomList").asBoolean(false)) {
			return "no roomList grant";
		}
		return null;
	}

	private static String decode(String part) {
		return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
	}

	private String error(String code, String message) {
		return this.json.createObjectNode().put("code", code).put("msg", message).toString();
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
