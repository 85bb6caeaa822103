package com.sidekickforge.monitor.health;

/**
 * Probes counted over a span (a client's own things on one day): how many, and how many of them were down.
 */
public record ProbeCounts(long total, long down) {

	public static final ProbeCounts NONE = new ProbeCounts(0, 0);

	/** One more probe, down or not. */
	ProbeCounts plusOne(boolean wasDown) {
		return new ProbeCounts(this.total + 1, this.down + (wasDown ? 1 : 0));
	}

	public ProbeCounts plus(ProbeCounts other) {
		return new ProbeCounts(this.total + other.total, this.down + other.down);
	}

}
