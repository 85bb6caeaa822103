package com.sidekickforge.monitor.config;

import java.util.List;
import java.util.stream.Collectors;

/** A configuration file is wrong; carries every problem found in it. */
public class ConfigException extends RuntimeException {

	private final List<ConfigProblem> problems;

	public ConfigException(List<ConfigProblem> problems) {
		super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining(System.lineSeparator())));
		this.problems = List.copyOf(problems);
	}

	public List<ConfigProblem> problems() {
		return this.problems;
	}

}
