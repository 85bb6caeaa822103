package com.sidekickforge.monitor.webhook;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** A signed webhook request: what is POSTed, or written to a file in file mode. */
record WebhookRequest(URI url, Map<String, String> headers, String body) {

	static WebhookRequest signed(URI url, String secret, String id, long timestamp, String body) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("content-type", "application/json");
		headers.put("webhook-id", id);
		headers.put("webhook-timestamp", Long.toString(timestamp));
		headers.put("webhook-signature", WebhookSignature.sign(secret, id, timestamp, body));
		return new WebhookRequest(url, headers, body);
	}

}
