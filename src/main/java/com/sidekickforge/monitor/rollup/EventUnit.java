package com.sidekickforge.monitor.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.sidekickforge.monitor.source.SourcePartition;

/**
 * One piece of the event step: one kind of events from one source database, read and stored in one
 * transaction. Its key names it in the restart state.
 */
record EventUnit(SourcePartition partition, Kind kind) {

	/** What is read. */
	enum Kind {

		// Longest first (both transcript scans), so the short ones fill in beside them.

		CONVERSATIONS, TEXT,

		/** LiveKit calls: only in the platform database. */
		VOICE,

		CHUNKS

	}

	String key() {
		return this.partition.key() + ":" + this.kind;
	}

	/** The source databases a run reads: all, or for one client the platform's and its own. */
	static List<SourcePartition> sources(List<SourcePartition> partitions, UUID client) {
		if (client == null) {
			return partitions;
		}
		return partitions.stream().filter((p) -> p.isPlatform() || p.holds(client)).toList();
	}

	/** Every unit over these partitions, the platform's first. */
	static List<EventUnit> over(List<SourcePartition> partitions) {
		List<EventUnit> units = new ArrayList<>();
		for (SourcePartition partition : partitions) {
			for (Kind kind : Kind.values()) {
				if (kind != Kind.VOICE || partition.isPlatform()) {
					units.add(new EventUnit(partition, kind));
				}
			}
		}
		return units;
	}

}
