package com.sidekickforge.monitor.partition;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * One partition offered by a manager step: its worker step execution, which node it is assigned to and, once
 * claimed, which node runs it until when.
 *
 * @param version changes with every claim, so that claiming is a compare-and-set
 */
record PartitionRow(long stepExecutionId, long jobExecutionId, String managerStep, String workerStep,
		String partitionName, String assignedTo, String claimedBy, Status status, int version, Instant offeredAt,
		Instant leaseUntil) {

	/** Where a partition is. */
	public enum Status {

		OPEN, CLAIMED, DONE

	}

	/**
	 * Whether {@code node} may claim it now: it is assigned to that node; or its node is gone (not seen alive within
	 * the lease) and has not taken it for a whole lease; or the node running it stopped renewing its lease (it died).
	 */
	boolean claimableBy(String node, Instant now, Collection<String> liveNodes, Duration lease) {
		return switch (this.status) {
			case OPEN -> this.assignedTo.equals(node)
					|| (!liveNodes.contains(this.assignedTo) && this.offeredAt.plus(lease).isBefore(now));
			case CLAIMED -> this.leaseUntil != null && this.leaseUntil.isBefore(now);
			case DONE -> false;
		};
	}

}
