package com.sidekickforge.monitor.report.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the store holds about one client's days over the range a report run reads: daily usage per sidekick,
 * conversation statistics per sidekick, hour, channel and status, finished voice calls per day and the day's
 * actions with their failures (for the error rate). Kept
 * sparse (only days with something), so any period inside the range is a sum over these rows.
 */
public final class ClientActivity {

	/** A sidekick's daily usage (store {@code daily_usage}). */
	public record UsageRow(UUID agentId, LocalDate day, long voiceSeconds, long textMessages, long embeddingChunks,
			boolean estimated) {
	}

	/** Conversations started in an hour of a day (store {@code conversation_stats}). */
	public record ConversationRow(UUID agentId, LocalDate day, int hour, String channel, String status,
			long conversations, long messages) {
	}

	/** Finished voice calls of a day and their seconds (LiveKit events, store {@code event_daily}). */
	public record VoiceCalls(LocalDate day, long seconds, long calls) {
	}

	/** Actions of a day in the platform's {@code activity_log}, and how many failed. */
	public record ActionDay(LocalDate day, long total, long failed) {
	}

	public final List<UsageRow> usage = new ArrayList<>();

	public final List<ActionDay> actions = new ArrayList<>();

	public final List<ConversationRow> conversations = new ArrayList<>();

	public final List<VoiceCalls> voiceCalls = new ArrayList<>();

}
