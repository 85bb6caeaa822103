package com.sidekickforge.monitor.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import com.sidekickforge.monitor.config.OutboundAddresses;
import com.sidekickforge.monitor.config.WebhookEndpoint;
import com.sidekickforge.monitor.outbox.Channel;
import com.sidekickforge.monitor.outbox.DeliveryResult;
import com.sidekickforge.monitor.outbox.InDoubt;
import com.sidekickforge.monitor.outbox.OutboxChannel;
import com.sidekickforge.monitor.outbox.OutboxMessage;

/**
 * Delivers webhook messages: signs the stored body for this attempt and POSTs it (no redirects followed,
 * a timeout on connecting and answering), or, in file mode, writes {@code webhooks/<...>.json} with the URL,
 * the headers and the exact body. 2xx is delivered; 410 disables the endpoint; 429 and 503 honour
 * {@code Retry-After}; every other answer, a timeout or a refused connection is a failed attempt.
 */
public class WebhookChannel implements OutboxChannel {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final WebhookEndpoints endpoints;

	private final WebhookEndpointStates states;

	private final HttpClient http;

	private final Duration timeout;

	/** Where deliveries are written instead of sent; null to send them. */
	private final Path directory;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	WebhookChannel(WebhookEndpoints endpoints, WebhookEndpointStates states, Duration timeout, Path directory,
			Clock clock) {
		this.endpoints = endpoints;
		this.states = states;
		this.timeout = timeout;
		this.directory = directory;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(timeout)
			.build();
	}

	@Override
	public Channel channel() {
		return Channel.WEBHOOK;
	}

	@Override
	public DeliveryResult deliver(OutboxMessage message) {
		Optional<WebhookEndpoint> found = this.endpoints.named(message.destination());
		if (found.isEmpty()) {
			return new DeliveryResult.Rejected("endpoint '" + message.destination() + "' is no longer in webhooks.yml");
		}
		WebhookEndpoint endpoint = found.get();
		Optional<String> disabled = this.states.disabled(endpoint.name(), endpoint.url());
		if (disabled.isPresent()) {
			return new DeliveryResult.Rejected("endpoint '" + endpoint.name() + "' is disabled: " + disabled.get());
		}
		String scheme = String.valueOf(endpoint.url().getScheme()).toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return new DeliveryResult.Rejected("only http and https URLs are called, not " + endpoint.url());
		}
		// Checked where the name points now, not only as written: a name can be made to point inside.
		String refused = (this.directory != null) ? null
				: OutboundAddresses.resolvedProblem(endpoint.url(), endpoint.allowPrivate());
		if (refused != null) {
			return new DeliveryResult.Rejected("endpoint '" + endpoint.name() + "' is not called: " + refused);
		}
		WebhookRequest request = WebhookRequest.signed(endpoint.url(), endpoint.secret(), message.eventId(),
				this.clock.instant().getEpochSecond(), message.body());
		return (this.directory != null) ? write(message, request) : post(endpoint, request);
	}

	@Override
	public InDoubt inDoubt(OutboxMessage message) {
		if (this.directory != null) {
			return Files.exists(file(message)) ? InDoubt.DELIVERED : InDoubt.RESEND;
		}
		return InDoubt.RESEND; // same webhook-id: the receiver drops the duplicate
	}

	private DeliveryResult post(WebhookEndpoint endpoint, WebhookRequest request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(request.url())
			.timeout(this.timeout)
			.POST(HttpRequest.BodyPublishers.ofString(request.body()));
		request.headers().forEach(builder::header);
		HttpResponse<String> response;
		try {
			response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpTimeoutException ex) {
			return new DeliveryResult.Failed("no answer within " + this.timeout.toSeconds() + " s", null);
		}
		catch (ConnectException ex) {
			return new DeliveryResult.Failed("connection refused: " + endpoint.url(), null);
		}
		catch (IOException ex) {
			return new DeliveryResult.Failed(ex.getClass().getSimpleName() + ": " + ex.getMessage(), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new DeliveryResult.Failed("interrupted", null);
		}
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return DeliveryResult.delivered();
		}
		if (status == 410) {
			String reason = "answered 410 Gone on " + this.clock.instant();
			this.states.disable(endpoint.name(), endpoint.url(), reason, this.clock.instant());
			return new DeliveryResult.Rejected("endpoint '" + endpoint.name() + "' " + reason + ": disabled");
		}
		Duration retryAfter = (status == 429 || status == 503)
				? retryAfter(response.headers().firstValue("retry-after").orElse(null)) : null;
		String reason = "HTTP " + status + ((status >= 300 && status < 400) ? " (redirects are not followed)" : "");
		return new DeliveryResult.Failed(reason, retryAfter);
	}

	/** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
	Duration retryAfter(String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
		}
		catch (NumberFormatException ex) {
			try {
				Instant at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration wait = Duration.between(this.clock.instant(), at);
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException unreadable) {
				return null;
			}
		}
	}

	private DeliveryResult write(OutboxMessage message, WebhookRequest request) {
		Map<String, Object> delivery = new LinkedHashMap<>();
		delivery.put("url", request.url().toString());
		delivery.put("headers", request.headers());
		delivery.put("body", request.body());
		Path file = file(message);
		try {
			Files.createDirectories(file.getParent());
			Path part = file.resolveSibling(file.getFileName() + ".part");
			Files.writeString(part, this.json.writerWithDefaultPrettyPrinter().writeValueAsString(delivery));
			Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return DeliveryResult.delivered();
		}
		catch (IOException | UncheckedIOException ex) {
			return new DeliveryResult.Failed("cannot write " + file + ": " + ex.getMessage(), null);
		}
	}

	/** The message's file: named by when it was queued, its event and its endpoint, so it is the same every time. */
	private Path file(OutboxMessage message) {
		return this.directory.resolve(FILE_TIME.format(message.createdAt()) + "-" + message.eventId() + "-"
				+ message.destination().replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
	}

}
