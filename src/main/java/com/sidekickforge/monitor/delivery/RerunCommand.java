package com.sidekickforge.monitor.delivery;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The command line that restarts a failed run where it stopped: the same job with every parameter of the run
 * ({@code --date} and {@code --client} as options, the others as {@code name=value}), each value quoted for a
 * POSIX shell when it needs it, so a value is pasted as data and never runs as a command.
 */
final class RerunCommand {

	/** Values that a shell takes literally without quotes. */
	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:+,@%/=-]+");

	private RerunCommand() {
	}

	static String of(String job, Map<String, String> parameters) {
		StringBuilder command = new StringBuilder("forge-monitor run ").append(quote(job));
		Map<String, String> sorted = new TreeMap<>(parameters);
		for (String option : new String[] { "date", "client" }) {
			String value = sorted.remove(option);
			if (value != null) {
				command.append(" --").append(option).append(' ').append(quote(value));
			}
		}
		sorted.forEach((name, value) -> command.append(' ').append(quote(name + "=" + value)));
		return command.toString();
	}

	static String quote(String value) {
		if (!value.isEmpty() && PLAIN.matcher(value).matches()) {
			return value;
		}
		return "'" + value.replace("'", "'\\''") + "'";
	}

}
