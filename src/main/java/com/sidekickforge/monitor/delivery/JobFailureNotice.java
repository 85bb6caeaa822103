package com.sidekickforge.monitor.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * An announced failure of a job run.
 *
 * @param rerun the command that restarts the run where it stopped
 * @param payload the webhook event exactly as sent
 */
record JobFailureNotice(UUID id, String job, long executionId, String status, String error, String parameters,
		String rerun, Instant occurredAt, String payload) {

}
