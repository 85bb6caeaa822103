package com.sidekickforge.monitor.config;

import java.util.Arrays;
import java.util.List;

import com.sidekickforge.monitor.event.EventType;

/** The kinds of alert a person may choose to get in {@code recipients.yml} ({@code alert-kinds}). */
public enum AlertKind {

	/** Thresholds crossed and recovered. */
	THRESHOLDS("thresholds"),

	/** A quota projected to run out. */
	PROJECTIONS("projections"),

	/** A sidekick's unusual day. */
	UNUSUAL_DAYS("unusual-days");

	private final String key;

	AlertKind(String key) {
		this.key = key;
	}

	/** As written in {@code recipients.yml}. */
	public String key() {
		return this.key;
	}

	/** The kind of an announced event type. */
	public static AlertKind of(EventType type) {
		return switch (type) {
			case QUOTA_PROJECTED_EXHAUSTION -> PROJECTIONS;
			case USAGE_UNUSUAL_DAY -> UNUSUAL_DAYS;
			default -> THRESHOLDS;
		};
	}

	static AlertKind ofKey(String key) {
		return Arrays.stream(values())
			.filter((kind) -> kind.key.equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not an alert kind: " + key));
	}

	static List<String> keys() {
		return Arrays.stream(values()).map(AlertKind::key).toList();
	}

}
