package com.sidekickforge.monitor.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

import com.sidekickforge.monitor.config.JobDeclaration;
import com.sidekickforge.monitor.config.ParameterRule;

/**
 * A job's own declaration of the parameters it takes and what each must look like ({@link JobDeclaration}), as the
 * job's {@link JobParametersValidator} (Spring Batch checks it at every start), and asked by {@link JobRuns} before a run
 * is even started, so a bad value is refused (exit 2, HTTP 400 naming it) instead of failing a run. The scheduler's
 * own parameters ({@code schedule}, {@code fired}) and a rerun's mark are accepted by every job.
 */
public final class JobParameterRules implements JobParametersValidator {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private static final Map<String, ParameterRule> EVERY_JOB = Map.of("schedule",
			ParameterRule.text("a schedule's name", (value) -> NAME.matcher(value).matches()), "fired",
			ParameterRule.INSTANT, JobRuns.RERUN,
			ParameterRule.text("a rerun's mark", (value) -> value.matches("[0-9a-f-]{36}")));

	private final JobDeclaration declaration;

	private final Map<String, ParameterRule> rules = new LinkedHashMap<>();

	private JobParameterRules(JobDeclaration declaration) {
		this.declaration = declaration;
		declaration.parameters().forEach((p) -> this.rules.put(p.name(), p.rule()));
	}

	/** The validator of a job declaring these parameters; the scheduler's are accepted too. */
	public static JobParameterRules of(JobDeclaration declaration) {
		return new JobParameterRules(declaration);
	}

	/** The job's declaration, as the command line, the HTTP API and check-config read it. */
	public JobDeclaration declaration() {
		return this.declaration;
	}

	/** A parameter's value as given, null when it is absent or blank (a blank one means "not given"). */
	public static String given(JobParameters parameters, String name) {
		String value = parameters.getString(name);
		return (value == null || value.isBlank()) ? null : value;
	}

	public boolean takes(String name) {
		return this.rules.containsKey(name);
	}

	/**
	 * Checks parameters as given (text).
	 *
	 * @throws InvalidParameterException naming the first parameter that is unknown or not what it must be
	 */
	public void check(String job, Map<String, String> parameters) {
		for (var parameter : new TreeMap<>(parameters).entrySet()) {
			ParameterRule rule = this.rules.getOrDefault(parameter.getKey(), EVERY_JOB.get(parameter.getKey()));
			if (rule == null) {
				throw new InvalidParameterException(parameter.getKey(), "unknown parameter '" + parameter.getKey() + "' of "
						+ job + " (expected " + (this.rules.isEmpty() ? "none"
								: "one of " + String.join(", ", new TreeSet<>(this.rules.keySet()))) + ")");
			}
			if (!rule.accepts(parameter.getValue())) {
				throw new InvalidParameterException(parameter.getKey(), parameter.getKey() + ": "
						+ quoted(parameter.getValue()) + " is not " + rule.expected());
			}
		}
	}

	@Override
	public void validate(JobParameters parameters) throws InvalidJobParametersException {
		Map<String, String> values = new LinkedHashMap<>();
		for (var parameter : parameters) {
			values.put(parameter.name(), String.valueOf(parameter.value()));
		}
		try {
			check("this job", values);
		}
		catch (InvalidParameterException ex) {
			throw new InvalidJobParametersException(ex.getMessage());
		}
	}

	/** A value as data in a message: quoted, control characters escaped, long ones cut. */
	public static String quoted(String value) {
		String shown = (value.length() > 80) ? value.substring(0, 80) + "..." : value;
		StringBuilder quoted = new StringBuilder("'");
		shown.codePoints().forEach((c) -> quoted.append(Character.isISOControl(c) ? String.format("\\u%04x", c)
				: new String(Character.toChars(c))));
		return quoted.append('\'').toString();
	}

	/** A parameter a job does not take, or with a value it cannot take. */
	public static final class InvalidParameterException extends JobRunException {

		private final String parameter;

		InvalidParameterException(String parameter, String message) {
			super(message);
			this.parameter = parameter;
		}

		public String parameter() {
			return this.parameter;
		}

	}

}
