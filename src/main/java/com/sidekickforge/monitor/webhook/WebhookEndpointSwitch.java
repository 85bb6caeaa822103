package com.sidekickforge.monitor.webhook;

import java.time.Clock;

import org.springframework.stereotype.Service;

import com.sidekickforge.monitor.outbox.Outbox;

/**
 * Enables again an endpoint a 410 disabled (a superadmin's decision, by command or over HTTP): what was
 * dead-lettered for it goes back in the queue, with the same webhook-ids, so the receiver drops what it had.
 */
@Service
public class WebhookEndpointSwitch {

	private final WebhookEndpoints endpoints;

	private final WebhookEndpointStates states;

	private final Outbox outbox;

	private final Clock clock;

	WebhookEndpointSwitch(WebhookEndpoints endpoints, WebhookEndpointStates states, Outbox outbox, Clock clock) {
		this.endpoints = endpoints;
		this.states = states;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * What enabling did.
	 *
	 * @param wasDisabled false when it was not disabled (nothing changed but the queue)
	 * @param requeued dead-lettered deliveries to it put back in the queue
	 */
	public record Enabled(String endpoint, boolean wasDisabled, int requeued) {
	}

	/** @throws IllegalArgumentException when webhooks.yml names no such endpoint */
	public Enabled enable(String name) {
		if (this.endpoints.named(name).isEmpty()) {
			throw new IllegalArgumentException("webhooks.yml names no endpoint '" + name + "' (expected one of "
					+ String.join(", ", this.endpoints.all().stream().map((e) -> e.name()).toList()) + ")");
		}
		boolean was = this.states.enable(name);
		return new Enabled(name, was, this.outbox.requeueDeadTo(name, this.clock.instant()));
	}

}
