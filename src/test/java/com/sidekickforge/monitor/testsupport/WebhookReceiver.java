package com.sidekickforge.monitor.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback that receives webhooks as a careful consumer would: it checks the Standard
 * Webhooks signature with its own implementation of the spec (not the product's), rejects a stale
 * timestamp, and processes each {@code webhook-id} once. Answers can be scripted (500, 410, 429 with
 * {@code Retry-After}, ...); the default is 204.
 */
public final class WebhookReceiver implements AutoCloseable {

	/** One request as received. */
	public record Received(String id, long timestamp, String signature, String body, boolean signatureValid,
			int answered) {
	}

	/** A scripted answer. */
	public record Answer(int status, String retryAfter) {
	}

	private final HttpServer server;

	private final byte[] key;

	private final List<Received> received = new ArrayList<>();

	private final Set<String> processed = new LinkedHashSet<>();

	private final Deque<Answer> script = new ConcurrentLinkedDeque<>();

	/** @param secret {@code whsec_<base64>} */
	public WebhookReceiver(String secret) {
		this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/hooks", this::handle);
		this.server.start();
	}

	public URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks");
	}

	/** The next requests are answered with these statuses, in order (then 204 again). */
	public void answer(Answer... answers) {
		this.script.addAll(List.of(answers));
	}

	public synchronized List<Received> received() {
		return List.copyOf(this.received);
	}

	/** Webhook ids processed (valid signature, 2xx answered), each once however often it arrived. */
	public synchronized List<String> processed() {
		return List.copyOf(this.processed);
	}

	public synchronized void reset() {
		this.received.clear();
		this.processed.clear();
		this.script.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String id = exchange.getRequestHeaders().getFirst("webhook-id");
		String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
		String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
		boolean valid = verify(id, timestamp, body, signature);
		Answer answer = this.script.poll();
		int status = !valid ? 401 : (answer != null) ? answer.status() : 204;
		synchronized (this) {
			this.received.add(new Received(id, (timestamp != null) ? Long.parseLong(timestamp) : -1, signature, body,
					valid, status));
			if (valid && status >= 200 && status < 300) {
				this.processed.add(id);
			}
		}
		if (answer != null && answer.retryAfter() != null) {
			exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
		}
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	/** The spec: any of the space-separated {@code v1,<base64>} signatures matches HMAC-SHA256("id.ts.body"). */
	private boolean verify(String id, String timestamp, String body, String header) {
		if (id == null || timestamp == null || header == null) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			for (String part : header.split(" ")) {
				if (part.startsWith("v1,") && MessageDigest.isEqual(expected,
						Base64.getDecoder().decode(part.substring(3)))) {
					return true;
				}
			}
			return false;
		}
		catch (Exception ex) {
			return false;
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
