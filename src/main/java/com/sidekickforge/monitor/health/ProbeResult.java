package com.sidekickforge.monitor.health;

import java.util.List;

/**
 * What one probe found.
 *
 * @param latencyMillis how long the answer took (the average for the API), null when there was none
 * @param p95Millis the 95th percentile of the API's answers, null for other probes
 * @param reason why it is not healthy (never a secret), null when it is
 * @param rooms the rooms a LiveKit server listed (empty for other probes)
 */
record ProbeResult(ProbeStatus status, Long latencyMillis, Long p95Millis, String reason,
		List<LiveKitRoom> rooms) {

	static ProbeResult down(String reason, Long latencyMillis) {
		return new ProbeResult(ProbeStatus.DOWN, latencyMillis, null, reason, List.of());
	}

}
