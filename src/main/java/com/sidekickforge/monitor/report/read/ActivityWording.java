package com.sidekickforge.monitor.report.read;

import java.util.Locale;

/** How the timeline names and words the platform's {@code activity_log} rows and the calls' durations. */
final class ActivityWording {

	private ActivityWording() {
	}

	/** The timeline's event type of an activity_log row: failures are errors whatever they were. */
	static String kind(String activityType, String status) {
		if ("failed".equals(status)) {
			return "error";
		}
		return switch (activityType) {
			case "conversation_started", "voice_call_started" -> "conversation_start";
			case "conversation_ended" -> "conversation_end";
			case "sidekick_created", "sidekick_updated", "sidekick_deleted" -> "configuration_change";
			case "document_uploaded", "document_processed" -> "knowledge_base_update";
			case "ability_run", "ability_completed" -> "ability_run";
			case "ability_failed" -> "error";
			default -> activityType.toLowerCase(Locale.ROOT);
		};
	}

	/** What a person reads of an activity_log row: what happened, to what, and why it failed. */
	static String describe(String type, String user, String resource, String status, String error) {
		String what = switch (type) {
			case "conversation_started" -> "Conversation started" + ((user != null) ? " by user " + shortId(user) : "");
			case "voice_call_started" -> "Voice call started" + ((user != null) ? " by user " + shortId(user) : "");
			case "conversation_ended" -> "Conversation ended";
			case "sidekick_created" -> "Sidekick created";
			case "sidekick_updated" -> "Sidekick configuration changed";
			case "sidekick_deleted" -> "Sidekick deleted";
			case "document_uploaded" -> "Document uploaded";
			case "document_processed" -> "Document processed";
			default -> type.replace('_', ' ');
		};
		if (resource != null && !resource.isBlank() && !type.startsWith("conversation") && !type.startsWith("voice")) {
			what += ": " + resource;
		}
		if ("failed".equals(status)) {
			what += " (failed" + ((error != null && !error.isBlank()) ? ": " + error : "") + ")";
		}
		return what;
	}

	/** "45 s", "3 min 07 s". */
	static String duration(long seconds) {
		return (seconds >= 60) ? String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60) : seconds + " s";
	}

	private static String shortId(String id) {
		return (id.length() > 8) ? id.substring(0, 8) : id;
	}

}
