package com.sidekickforge.monitor.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The schedules of the jobs directory, one {@code *.yml} file each, checked as {@code check-config} checks them;
 * any problem fails the read with all of them.
 */
public final class SchedulesFiles {

	private SchedulesFiles() {
	}

	public static List<Schedule> read(Path directory, Map<String, String> environment, JobCatalog jobs) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		List<Path> files;
		try (Stream<Path> listed = Files.list(directory)) {
			files = listed.filter((f) -> f.getFileName().toString().matches(".*\\.ya?ml$")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + directory + ": " + ex.getMessage(), ex);
		}
		List<Schedule> schedules = new ArrayList<>();
		List<ConfigProblem> problems = new ArrayList<>();
		for (Path file : files) {
			CheckedFile checked = CheckedFile.read(file, ConfigSchema.schedule(jobs), environment);
			checked.rule((rules, document) -> rules.schedule(document, file.getFileName().toString(), jobs));
			for (var document : checked.documents()) {
				Map<String, String> parameters = new LinkedHashMap<>();
				String job = checked.text(document, "job");
				for (String parameter : jobs.job(job).map(JobDeclaration::scheduledNames).orElse(List.of())) {
					List<String> values = checked.texts(document, parameter);
					String value = values.isEmpty() ? checked.text(document, parameter) : String.join(",", values);
					if (value != null) {
						parameters.put(parameter, value);
					}
				}
				String zone = checked.text(document, "timezone");
				String misfire = checked.text(document, "misfire");
				String enabled = checked.text(document, "enabled");
				schedules.add(new Schedule(checked.text(document, "name"), job, checked.text(document, "cron"),
						(zone != null) ? ZoneId.of(zone) : ZoneId.of("UTC"), (misfire != null) ? misfire : "fire-once",
						enabled == null || Boolean.parseBoolean(enabled), checked.text(document, "description"),
						Collections.unmodifiableMap(parameters)));
			}
			try {
				checked.requireValid();
			}
			catch (ConfigException ex) {
				problems.addAll(ex.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new ConfigException(problems);
		}
		return List.copyOf(schedules);
	}

}
