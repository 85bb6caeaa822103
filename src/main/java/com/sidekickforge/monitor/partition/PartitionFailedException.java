package com.sidekickforge.monitor.partition;

/** Partitions of a step failed, on whichever nodes they ran; the message names each with its cause. */
class PartitionFailedException extends RuntimeException {

	PartitionFailedException(String message) {
		super(message);
	}

	/**
	 * The cause a person can act on, from a failed step's exit description (a stack trace as text): the message of
	 * the innermost "Caused by", without the exception's class name.
	 */
	static String cause(String exitDescription) {
		if (exitDescription == null || exitDescription.isBlank()) {
			return "failed (no description)";
		}
		String cause = null;
		for (String line : exitDescription.split("\\R")) {
			if (cause == null) {
				cause = line;
			}
			else if (line.startsWith("Caused by: ")) {
				cause = line.substring("Caused by: ".length());
			}
		}
		return cause.replaceFirst("^[\\w.$]+(Exception|Error|Throwable)(: )?", "").strip();
	}

}
