package com.sidekickforge.monitor.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Checks a configuration directory and a jobs directory against their schema and rules, and returns
 * every problem found, each with its file and line. Nothing is changed and no database is contacted.
 */
public final class ConfigChecker {

	/** The files {@code config/} may hold. */
	static final List<String> CONFIG_FILES = List.of("application.yml", "tenants.yml", "recipients.yml",
			"webhooks.yml", "users.yml");

	private final Map<String, String> environment;

	private final JobCatalog jobs;

	public ConfigChecker(Map<String, String> environment, JobCatalog jobs) {
		this.environment = Map.copyOf(environment);
		this.jobs = jobs;
	}

	/** What was checked and what is wrong. */
	public record Result(List<Path> files, List<ConfigProblem> problems) {

		public boolean ok() {
			return this.problems.isEmpty();
		}

	}

	public Result check(Path configDir, Path jobsDir) {
		List<ConfigProblem> problems = new ArrayList<>();
		List<Path> files = new ArrayList<>();
		Set<String> schedules = new LinkedHashSet<>();
		Set<String> reportSchedules = new LinkedHashSet<>();
		for (Path file : yamlFiles(jobsDir, "jobs", problems)) {
			files.add(file);
			for (Node document : YamlNodes.read(file, problems)) {
				ShapeChecker checker = checker(file, problems);
				checker.check(document, ConfigSchema.schedule(this.jobs), "");
				new ConfigRules(checker).schedule(document, file.getFileName().toString(), this.jobs);
				String name = YamlNodes.text(YamlNodes.field(document, "name"));
				if (name != null && "report".equals(YamlNodes.text(YamlNodes.field(document, "job")))) {
					reportSchedules.add(name);
				}
				if (name != null && !schedules.add(name)) {
					checker.problem(YamlNodes.field(document, "name"), "name", "schedule '" + name + "' defined twice",
							"one file per schedule name");
				}
			}
		}
		for (Path file : yamlFiles(configDir, "config", problems)) {
			String fileName = file.getFileName().toString();
			if (!CONFIG_FILES.contains(fileName)) {
				problems.add(new ConfigProblem(file, 1, "(file)", "unknown configuration file",
						"one of " + String.join(", ", CONFIG_FILES)));
				continue;
			}
			files.add(file);
			for (Node document : YamlNodes.read(file, problems)) {
				checkConfigFile(fileName, document, checker(file, problems), reportSchedules);
			}
		}
		// Spring Boot also reads application.yml from the working directory and its config/: the settings serve would
		// start with, wherever forge.config-dir points.
		for (Path loaded : List.of(Path.of("application.yml"), Path.of("config", "application.yml"))) {
			Path file = loaded.toAbsolutePath().normalize();
			if (Files.isRegularFile(file) && files.stream().noneMatch((f) -> f.toAbsolutePath().normalize().equals(file))) {
				files.add(file);
				for (Node document : YamlNodes.read(file, problems)) {
					checkConfigFile("application.yml", document, checker(file, problems), reportSchedules);
				}
			}
		}
		problems.sort(Comparator.comparing((ConfigProblem p) -> p.file().toString()).thenComparing(ConfigProblem::line));
		return new Result(files, problems);
	}

	private void checkConfigFile(String fileName, Node document, ShapeChecker checker, Set<String> reportSchedules) {
		ConfigRules rules = new ConfigRules(checker);
		switch (fileName) {
			case "application.yml" -> new ApplicationSettingsCheck(checker).check(document);
			case "tenants.yml" -> {
				checker.check(document, ConfigSchema.tenants(), "");
				rules.unique(document, "tenants", "client");
			}
			case "recipients.yml" -> {
				checker.check(document, ConfigSchema.recipients(), "");
				rules.roles(document, "recipients");
				rules.reportsExist(document, reportSchedules);
				rules.unique(document, "thresholds", "client");
				rules.ascendingPercents(document);
			}
			case "webhooks.yml" -> {
				checker.check(document, ConfigSchema.webhooks(), "");
				rules.unique(document, "endpoints", "name");
				rules.outboundAddresses(document);
			}
			case "users.yml" -> {
				checker.check(document, ConfigSchema.users(), "");
				rules.roles(document, "users");
				rules.unique(document, "users", "name");
				rules.unique(document, "users", "token-sha256");
			}
			default -> throw new IllegalStateException("No schema for " + fileName);
		}
	}

	private ShapeChecker checker(Path file, List<ConfigProblem> problems) {
		return new ShapeChecker(file, new EnvironmentValues(this.environment), problems);
	}

	private static List<Path> yamlFiles(Path directory, String what, List<ConfigProblem> problems) {
		if (!Files.isDirectory(directory)) {
			problems.add(new ConfigProblem(directory, 1, "(directory)", "the " + what + " directory does not exist",
					"a directory (set forge." + what + "-dir)"));
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((f) -> f.getFileName().toString().matches(".*\\.ya?ml$")).sorted().toList();
		}
		catch (IOException ex) {
			problems.add(new ConfigProblem(directory, 1, "(directory)", "cannot list: " + ex.getMessage(),
					"a readable directory"));
			return List.of();
		}
	}

}
