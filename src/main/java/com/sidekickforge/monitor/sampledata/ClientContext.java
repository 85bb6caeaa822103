package com.sidekickforge.monitor.sampledata;

import java.util.SplittableRandom;
import java.util.UUID;

/** Everything the writers of one client's activity share. */
record ClientContext(ClientProfile client, TierQuota quota, SplittableRandom random, ClientRows rows,
		UsageCounters counters, Sidekicks sidekicks, UUID[] endUsers, int[] documents) {

	/** Numbers this client's documents, so that their bigint ids stay unique in a shared database. */
	int nextDocumentNumber() {
		return ++this.documents[0];
	}

	UUID endUser() {
		// A few regulars talk far more than the rest.
		int n = this.endUsers.length;
		int index = this.random.nextInt(4) == 0 ? this.random.nextInt(Math.min(5, n)) : this.random.nextInt(n);
		return this.endUsers[index];
	}

}
