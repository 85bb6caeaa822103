package com.sidekickforge.monitor.rollup;

/** Where a day's usage comes from. */
public enum Origin {

	/** The difference between the day's snapshot and the day before's. */
	SNAPSHOT,

	/** A difference over several days without snapshots, spread evenly over them. */
	SPREAD,

	/** Rebuilt from the event tables: before the first snapshot, or after the latest one so far. */
	ESTIMATED

}
