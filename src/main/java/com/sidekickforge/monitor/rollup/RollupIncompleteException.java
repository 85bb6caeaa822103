package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.util.List;

/** Some source databases could not be read: the rollup of the day is incomplete until a restart succeeds. */
class RollupIncompleteException extends RuntimeException {

	public RollupIncompleteException(LocalDate date, List<String> failures) {
		super("daily-rollup of " + date + " is incomplete: " + failures.size() + " source database"
				+ ((failures.size() == 1) ? "" : "s") + " could not be read (the others were rolled up; run it again to"
				+ " retry only these): " + String.join("; ", failures));
	}

}
