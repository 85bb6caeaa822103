package com.sidekickforge.monitor.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application for a command, with the settings given on the command line and those
 * the command itself decides (which the command line cannot override).
 */
public final class SpringLauncher {

	private final Class<?> application;

	private final LaunchArguments arguments;

	public SpringLauncher(Class<?> application, LaunchArguments arguments) {
		this.application = application;
		this.arguments = arguments;
	}

	public LaunchArguments arguments() {
		return this.arguments;
	}

	public ConfigurableApplicationContext start(Map<String, String> commandSettings) {
		// A setting the command decides replaces the same one given by hand: Spring would join both values.
		List<String> args = new ArrayList<>();
		for (String setting : this.arguments.settings()) {
			String name = setting.substring(2, setting.indexOf('='));
			if (!commandSettings.containsKey(name)) {
				args.add(setting);
			}
		}
		commandSettings.forEach((name, value) -> args.add("--" + name + "=" + value));
		return new SpringApplicationBuilder(this.application).logStartupInfo(false).run(args.toArray(String[]::new));
	}

}
