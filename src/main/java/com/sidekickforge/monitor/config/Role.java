package com.sidekickforge.monitor.config;

import java.util.Locale;

/** Who may see what: a superadmin every client, an admin and a subscriber (read only) their own clients. */
public enum Role {

	SUPERADMIN, ADMIN, SUBSCRIBER;

	public static Role of(String text) {
		return valueOf(text.trim().toUpperCase(Locale.ROOT));
	}

}
