package com.sidekickforge.monitor.run;

import java.time.Duration;
import java.util.List;

/**
 * How a job run went.
 *
 * @param restarted whether this run continued a failed one
 * @param failure what went wrong, or null
 * @param steps one line per step: name, status, read and written counts
 * @param rowsRead items read by all steps of this execution
 * @param rowsWritten items written by all steps of this execution
 */
public record RunOutcome(String job, long executionId, String status, boolean restarted, Duration duration,
		String failure, List<String> steps, long rowsRead, long rowsWritten) {

	public boolean completed() {
		return "COMPLETED".equals(this.status);
	}

}
