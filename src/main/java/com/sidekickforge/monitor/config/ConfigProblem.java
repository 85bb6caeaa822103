package com.sidekickforge.monitor.config;

import java.nio.file.Path;

/**
 * One thing wrong in a configuration file, where it is and what was expected instead.
 *
 * @param line 1-based line in the file
 * @param field the field's path, such as {@code recipients[0].role}
 */
public record ConfigProblem(Path file, int line, String field, String problem, String expected) {

	/** {@code file:line: field: problem (expected ...)}. */
	@Override
	public String toString() {
		return this.file + ":" + this.line + ": " + this.field + ": " + this.problem
				+ ((this.expected != null) ? " (expected " + this.expected + ")" : "");
	}

}
