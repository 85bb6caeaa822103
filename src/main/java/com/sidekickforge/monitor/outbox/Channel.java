package com.sidekickforge.monitor.outbox;

import java.util.Locale;

/** How a message leaves. */
public enum Channel {

	EMAIL, WEBHOOK;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Channel ofKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

}
