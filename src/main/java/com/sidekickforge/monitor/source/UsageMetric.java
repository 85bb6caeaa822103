package com.sidekickforge.monitor.source;

/** What the event tables are summed into, per sidekick and day. */
public enum UsageMetric {

	/** Seconds of finished voice calls ({@code room_finished} of voice rooms). */
	VOICE_SECONDS,

	/** Finished voice calls. */
	VOICE_SESSIONS,

	/** User messages typed ({@code conversation_transcripts}, role user, source text). */
	TEXT_MESSAGES,

	/** Chunks of processed documents ({@code document_chunks}). */
	EMBEDDING_CHUNKS

}
