package com.sidekickforge.monitor.sampledata;

/** Told after each client is written; called from the generating threads, one call at a time. */
@FunctionalInterface
public interface GenerationProgress {

	GenerationProgress NONE = (done, total, rows) -> {
	};

	void clientWritten(int done, int total, long rowsSoFar);

}
