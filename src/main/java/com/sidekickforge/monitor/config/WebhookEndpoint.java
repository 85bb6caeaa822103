package com.sidekickforge.monitor.config;

import java.net.URI;
import java.util.List;
import java.util.UUID;


/**
 * One entry of {@code webhooks.yml}.
 *
 * @param secret {@code whsec_<base64>}: never logged or printed
 * @param events the event types it receives
 * @param clients the clients whose events it receives; empty = all
 * @param allowPrivate whether it may be a loopback, link-local or private address ({@link OutboundAddresses})
 */
public record WebhookEndpoint(String name, URI url, String secret, List<String> events, List<String> clients,
		boolean allowPrivate) {

	/** Whether it receives an event of this type about this client (null: not about one client). */
	public boolean wants(String eventType, UUID clientId, String clientName) {
		if (!this.events.contains(eventType)) {
			return false;
		}
		return this.clients.isEmpty() || clientId == null
				|| this.clients.stream().anyMatch((reference) -> ClientSlug.names(reference, clientId, clientName));
	}

	@Override
	public String toString() {
		return "WebhookEndpoint[name=" + this.name + ", url=" + this.url + ", events=" + this.events + "]";
	}

}
