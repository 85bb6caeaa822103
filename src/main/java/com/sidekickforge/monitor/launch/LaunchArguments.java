package com.sidekickforge.monitor.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The command line split in two: Spring Boot settings ({@code --forge.output-dir=x}, any
 * {@code --name.with.dots=value}) that go to the application, and the command with its options.
 */
public record LaunchArguments(List<String> command, List<String> settings) {

	public LaunchArguments {
		command = List.copyOf(command);
		settings = List.copyOf(settings);
	}

	public static LaunchArguments of(String... args) {
		List<String> command = new ArrayList<>();
		List<String> settings = new ArrayList<>();
		for (String arg : args) {
			if (isSetting(arg)) {
				settings.add(arg);
			}
			else {
				command.add(arg);
			}
		}
		return new LaunchArguments(command, settings);
	}

	/** The value of a setting given on the command line, else from the environment the Spring way. */
	public Optional<String> setting(String name) {
		String prefix = "--" + name + "=";
		for (String setting : this.settings.reversed()) {
			if (setting.startsWith(prefix)) {
				return Optional.of(setting.substring(prefix.length()));
			}
		}
		String environmentName = name.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
		return Optional.ofNullable(System.getenv(environmentName));
	}

	/** Where the configuration files are read from: forge.config-dir as Spring Boot binds it, else config. */
	public Path configDir() {
		return Path.of(setting("forge.config-dir").orElse("config"));
	}

	/** Where the schedules are read from: forge.jobs-dir as Spring Boot binds it, else jobs. */
	public Path jobsDir() {
		return Path.of(setting("forge.jobs-dir").orElse("jobs"));
	}

	private static boolean isSetting(String arg) {
		if (!arg.startsWith("--") || !arg.contains("=")) {
			return false;
		}
		String name = arg.substring(2, arg.indexOf('='));
		return name.contains(".");
	}

	/**
	 * The settings of {@code --out DIR}: the output directory whose embedded databases to use and, unless a config
	 * dir was given, the demo's own {@code config/} beside its data (it holds the demo's tenants.yml).
	 */
	public Map<String, String> outputDirSettings(Path out) {
		Map<String, String> settings = new HashMap<>();
		if (out != null) {
			settings.put("forge.output-dir", out.toString());
			if (setting("forge.config-dir").isEmpty() && Files.exists(out.resolve("config/tenants.yml"))) {
				settings.put("forge.config-dir", out.resolve("config").toString());
			}
		}
		return settings;
	}

}
