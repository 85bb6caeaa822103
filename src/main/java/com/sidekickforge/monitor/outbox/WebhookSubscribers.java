package com.sidekickforge.monitor.outbox;

import java.util.List;
import java.util.UUID;

/** Who receives webhooks: the names of the endpoints asking for a type of event about a client. */
public interface WebhookSubscribers {

	/**
	 * @param clientId null for an event about no client
	 */
	List<String> subscribedTo(String eventType, UUID clientId, String clientName);

}
