package com.sidekickforge.monitor.config;

import java.util.List;
import java.util.Optional;

import org.springframework.util.Assert;

/**
 * A job's own declaration of the parameters it takes: the one list its Spring Batch validator, the command line,
 * the HTTP API, {@code check-config} and the schedules' files read. Each job's typed parameters record holds its
 * declaration.
 *
 * @param job the job's name ({@code daily-rollup}, {@code report}, ...)
 * @param parameters in the order messages and help list them
 */
public record JobDeclaration(String job, List<Parameter> parameters) {

	/**
	 * One parameter.
	 *
	 * @param scheduled whether a schedule's file may set it (a schedule fixes the moment itself, so {@code at} and
	 * {@code date} are for runs by hand)
	 * @param description what it does, for help and docs
	 */
	public record Parameter(String name, ParameterRule rule, boolean scheduled, String description) {

		public Parameter {
			Assert.hasText(name, "name must not be empty");
			Assert.notNull(rule, "rule must not be null");
			Assert.hasText(description, "description must not be empty");
		}

	}

	public JobDeclaration {
		Assert.hasText(job, "job must not be empty");
		parameters = List.copyOf(parameters);
	}

	/** A parameter only a run by hand may give. */
	public static Parameter byHand(String name, ParameterRule rule, String description) {
		return new Parameter(name, rule, false, description);
	}

	/** A parameter a schedule's file may set too. */
	public static Parameter scheduled(String name, ParameterRule rule, String description) {
		return new Parameter(name, rule, true, description);
	}

	public Optional<Parameter> parameter(String name) {
		return this.parameters.stream().filter((p) -> p.name().equals(name)).findFirst();
	}

	/** The names of the parameters a schedule may set. */
	public List<String> scheduledNames() {
		return this.parameters.stream().filter(Parameter::scheduled).map(Parameter::name).toList();
	}

}
