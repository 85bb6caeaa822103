package com.sidekickforge.monitor.webhook;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.LastGood;
import com.sidekickforge.monitor.config.WebhookEndpoint;
import com.sidekickforge.monitor.config.WebhooksFile;
import com.sidekickforge.monitor.outbox.WebhookSubscribers;

/** The endpoints of {@code webhooks.yml}, read when asked, so an edited file counts from the next event. */
@Component
public class WebhookEndpoints implements WebhookSubscribers {

	private final LastGood<List<WebhookEndpoint>> file;

	WebhookEndpoints(ForgeProperties properties) {
		this.file = new LastGood<>(properties.configDir().resolve("webhooks.yml"),
				(path) -> WebhooksFile.read(path, System.getenv()));
	}

	/** webhooks.yml as last read well (a broken edit is logged and the last good version kept). */
	public List<WebhookEndpoint> all() {
		return this.file.get();
	}

	/** The endpoints that receive an event of this type about this client (null: about no client). */
	public List<WebhookEndpoint> receiving(String eventType, UUID clientId, String clientName) {
		return all().stream().filter((e) -> e.wants(eventType, clientId, clientName)).toList();
	}

	@Override
	public List<String> subscribedTo(String eventType, UUID clientId, String clientName) {
		return receiving(eventType, clientId, clientName).stream().map(WebhookEndpoint::name).toList();
	}

	Optional<WebhookEndpoint> named(String name) {
		return all().stream().filter((e) -> e.name().equals(name)).findFirst();
	}

}
