package com.sidekickforge.monitor.outbox;

import java.util.Locale;

/** Where a message is in its life. */
public enum OutboxStatus {

	/** Waiting for its next attempt. */
	PENDING,

	/** Leased by a worker that is delivering it. */
	SENDING,

	DELIVERED,

	/**
	 * A mail whose worker died while sending it: it may or may not have left, and mail has no way to ask.
	 * It is not sent again by itself (that could send it twice); reports list it and
	 * {@code outbox-retry} sends it again on request.
	 */
	UNCONFIRMED,

	/** Every attempt failed, or the endpoint is gone: reported, and sent again only by {@code outbox-retry}. */
	DEAD;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static OutboxStatus ofKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

}
