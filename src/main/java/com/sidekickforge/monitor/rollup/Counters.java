package com.sidekickforge.monitor.rollup;

import java.util.ArrayList;
import java.util.List;

/** The three quota metrics together: voice seconds, text messages, embedding chunks. */
public record Counters(long voiceSeconds, long textMessages, long embeddingChunks) {

	public static final Counters ZERO = new Counters(0, 0, 0);

	public Counters plus(Counters other) {
		return new Counters(this.voiceSeconds + other.voiceSeconds, this.textMessages + other.textMessages,
				this.embeddingChunks + other.embeddingChunks);
	}

	public boolean isZero() {
		return this.voiceSeconds == 0 && this.textMessages == 0 && this.embeddingChunks == 0;
	}

	/** Names of the metrics whose value here is below the other's: counters that went down. */
	List<String> lowerThan(Counters before) {
		List<String> lower = new ArrayList<>();
		if (this.voiceSeconds < before.voiceSeconds) {
			lower.add("voice_seconds");
		}
		if (this.textMessages < before.textMessages) {
			lower.add("text_messages");
		}
		if (this.embeddingChunks < before.embeddingChunks) {
			lower.add("embedding_chunks");
		}
		return lower;
	}

	/**
	 * What was used since {@code before}. A counter that went down was reset (to 0, then counted again):
	 * what it shows now is what was used since, never a negative amount.
	 */
	Counters usedSince(Counters before) {
		return new Counters(used(this.voiceSeconds, before.voiceSeconds), used(this.textMessages, before.textMessages),
				used(this.embeddingChunks, before.embeddingChunks));
	}

	/** One of {@code parts} equal shares (the first ones one more where it does not divide evenly). */
	Counters share(int index, int parts) {
		return new Counters(share(this.voiceSeconds, index, parts), share(this.textMessages, index, parts),
				share(this.embeddingChunks, index, parts));
	}

	private static long used(long now, long before) {
		return (now >= before) ? now - before : now;
	}

	private static long share(long total, int index, int parts) {
		return total / parts + ((index < total % parts) ? 1 : 0);
	}

}
