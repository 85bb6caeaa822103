package com.sidekickforge.monitor.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declarations of every job there is: what a schedule's {@code job} may name and which parameters its file may
 * set, each held to its job's own rule.
 */
public record JobCatalog(List<JobDeclaration> jobs) {

	public JobCatalog {
		jobs = List.copyOf(jobs);
	}

	public List<String> names() {
		return this.jobs.stream().map(JobDeclaration::job).toList();
	}

	public Optional<JobDeclaration> job(String name) {
		return this.jobs.stream().filter((j) -> j.job().equals(name)).findFirst();
	}

	/** The shapes of every parameter some job lets a schedule set, by name (a list where the job takes several). */
	Map<String, Shape> scheduledShapes() {
		Map<String, Shape> shapes = new LinkedHashMap<>();
		for (JobDeclaration job : this.jobs) {
			for (JobDeclaration.Parameter parameter : job.parameters()) {
				if (parameter.scheduled()) {
					shapes.putIfAbsent(parameter.name(), shape(parameter.rule()));
				}
			}
		}
		return shapes;
	}

	private static Shape shape(ParameterRule rule) {
		return switch (rule.kind()) {
			case ONE_OF -> Scalars.oneOf(rule.choices().toArray(String[]::new));
			case SOME_OF -> new Shape.Sequence(Scalars.oneOf(rule.choices().toArray(String[]::new)));
			case ADDRESSES -> new Shape.Sequence(Scalars.email());
			case CLIENT -> Scalars.clientReference();
			case DAY, INSTANT, ID_PREFIX, TEXT -> new Shape.Scalar(rule.expected(),
					(value) -> rule.accepts(value) ? null : "not " + rule.expected() + ": '" + value + "'");
		};
	}

}
