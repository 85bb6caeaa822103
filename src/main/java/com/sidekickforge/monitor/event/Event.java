package com.sidekickforge.monitor.event;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * One event as announced: its id (the {@code webhook-id}, the same for every endpoint and attempt, and the base
 * of every mail's {@code Message-ID}), its type, when it happened and what it says.
 *
 * @param data the event's {@code data}, fields in snake_case, in the order they are written
 */
public record Event(String id, EventType type, Instant timestamp, Map<String, Object> data) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** An event whose id derives from a UUID, as {@code msg_<32 hex digits>}. */
	public static Event of(UUID id, EventType type, Instant timestamp, Map<String, Object> data) {
		return new Event(id(id), type, timestamp, data);
	}

	/** The event id of a UUID: {@code msg_} and its hex digits. */
	public static String id(UUID id) {
		return "msg_" + id.toString().replace("-", "");
	}

	/** Standard Webhooks' body {@code {type, timestamp, data}}: exactly what is signed and sent. */
	public String envelope() {
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("type", this.type.key());
		envelope.put("timestamp", this.timestamp.toString());
		envelope.put("data", this.data);
		return JSON.writeValueAsString(envelope);
	}

	/** The {@code data} alone, as JSON (an activity event's details). */
	public String dataJson() {
		return JSON.writeValueAsString(this.data);
	}

}
