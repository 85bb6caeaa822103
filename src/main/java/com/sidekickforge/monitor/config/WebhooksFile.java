package com.sidekickforge.monitor.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads {@code webhooks.yml}: checked against its schema first, secrets taken from the environment. */
public final class WebhooksFile {

	private WebhooksFile() {
	}

	/** The endpoints; none when the file does not exist. Throws listing every problem when it is wrong. */
	public static List<WebhookEndpoint> read(Path file, Map<String, String> environment) {
		if (!Files.exists(file)) {
			return List.of();
		}
		CheckedFile checked = CheckedFile.read(file, ConfigSchema.webhooks(), environment);
		checked.rule((rules, document) -> rules.unique(document, "endpoints", "name"));
		checked.rule(ConfigRules::outboundAddresses);
		record Entry(String name, String url, String secret, List<String> events, List<String> clients,
				boolean allowPrivate) {
		}
		List<Entry> entries = checked.entries("endpoints")
			.stream()
			.map((entry) -> new Entry(checked.text(entry, "name"), checked.text(entry, "url"),
					checked.text(entry, "secret"), checked.texts(entry, "events"), checked.texts(entry, "clients"),
					"true".equals(checked.text(entry, "allow-private"))))
			.toList();
		checked.requireValid(); // every URL is a valid http(s) URL from here on
		return entries.stream()
			.map((e) -> new WebhookEndpoint(e.name(), URI.create(e.url()), e.secret(), e.events(), e.clients(),
					e.allowPrivate()))
			.toList();
	}

}
