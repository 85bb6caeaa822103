package com.sidekickforge.monitor.config;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${NAME}} in configuration values by the environment variable NAME, so that secrets stay
 * out of the files.
 */
final class EnvironmentValues {

	private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

	private final Map<String, String> environment;

	EnvironmentValues(Map<String, String> environment) {
		this.environment = environment;
	}

	/** The value with every reference replaced; throws naming the first variable that is not set. */
	String resolve(String value) {
		Matcher matcher = REFERENCE.matcher(value);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String resolved = this.environment.get(matcher.group(1));
			if (resolved == null) {
				throw new IllegalArgumentException(matcher.group(1));
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(resolved));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
