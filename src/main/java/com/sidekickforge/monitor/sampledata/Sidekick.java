package com.sidekickforge.monitor.sampledata;

import java.time.Instant;
import java.util.UUID;

/**
 * A generated sidekick (a row of {@code agents}) and its life: created, perhaps disabled or deleted.
 *
 * @param weight how much of the client's traffic it gets, relative to its siblings
 */
record Sidekick(UUID id, String slug, String name, Instant createdAt, Instant disabledAt, Instant deletedAt,
		double weight) {

	boolean availableAt(Instant moment) {
		return !moment.isBefore(this.createdAt) && (this.disabledAt == null || moment.isBefore(this.disabledAt))
				&& (this.deletedAt == null || moment.isBefore(this.deletedAt));
	}

}
