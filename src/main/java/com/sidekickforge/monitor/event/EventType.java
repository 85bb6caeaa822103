package com.sidekickforge.monitor.event;

import java.util.Arrays;
import java.util.List;

/** The kinds of event announced, each under its Standard Webhooks type, as {@code webhooks.yml} names them. */
public enum EventType {

	QUOTA_THRESHOLD_CROSSED("quota.threshold_crossed"), QUOTA_RECOVERED("quota.recovered"),
	QUOTA_PROJECTED_EXHAUSTION("quota.projected_exhaustion"), USAGE_UNUSUAL_DAY("usage.unusual_day"),
	JOB_FAILED("job.failed"), REPORT_PUBLISHED("report.published"),

	/** A person's daily digest of alerts: a mail only, never a webhook. */
	ALERT_DIGEST("alert.digest");

	private final String key;

	EventType(String key) {
		this.key = key;
	}

	/** The type as written in webhooks, in the outbox and in {@code webhooks.yml}. */
	public String key() {
		return this.key;
	}

	/** Whether a type as stored (an outbox row's, a notice's) is this one. */
	public boolean is(String key) {
		return this.key.equals(key);
	}

	/** The type of a key as stored. */
	public static EventType of(String key) {
		return Arrays.stream(values())
			.filter((type) -> type.is(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not an event type: " + key));
	}

	/** Every type a webhook may subscribe to, in declaration order. */
	public static List<String> webhookKeys() {
		return Arrays.stream(values()).filter((type) -> type != ALERT_DIGEST).map(EventType::key).toList();
	}

}
