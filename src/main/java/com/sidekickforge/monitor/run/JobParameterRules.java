package com.sidekickforge.monitor.run;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * A job's own declaration of the parameters it takes and what each must look like: set on the job as its
 * {@link JobParametersValidator} (Spring Batch checks it at every start), and asked by {@link JobRuns} before a run
 * is even started, so a bad value is refused (exit 2, HTTP 400 naming it) instead of failing a run. The scheduler's
 * own parameters ({@code schedule}, {@code fired}) and a rerun's mark are accepted by every job.
 */
public final class JobParameterRules implements JobParametersValidator {

	/** What one parameter's value must be. */
	public record Rule(String expected, Predicate<String> test) {

		boolean accepts(String value) {
			return value != null && !value.isEmpty() && value.length() <= 2000 && value.chars().noneMatch(Character::isISOControl)
					&& this.test.test(value);
		}

	}

	private static final Instant YEAR_10000 = LocalDate.of(10000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\",;()\\[\\]]+@[A-Za-z0-9.-]+");

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	/** A day from 1970 to 9999 (YYYY-MM-DD). */
	public static final Rule DAY = new Rule("a day, YYYY-MM-DD", (value) -> {
		try {
			int year = LocalDate.parse(value).getYear();
			return year >= 1970 && year <= 9999;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	});

	/** An instant from 1970 to 9999 (ISO-8601, e.g. 2026-11-25T23:59:00Z). */
	public static final Rule INSTANT = new Rule("an ISO-8601 instant such as 2026-11-25T23:59:00Z", (value) -> {
		try {
			Instant instant = Instant.parse(value);
			return !instant.isBefore(Instant.EPOCH) && instant.isBefore(YEAR_10000);
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	});

	/** A client id or slug (whether it exists is the run's to say). */
	public static final Rule CLIENT = new Rule("a client id or slug",
			(value) -> value.length() <= 200 && value.matches("[\\p{L}\\p{N}._-]+"));

	/** Comma-separated addresses, each name@domain. */
	public static final Rule ADDRESSES = new Rule("e-mail addresses separated by commas",
			(value) -> Arrays.stream(value.split(",")).map(String::trim).allMatch((a) -> EMAIL.matcher(a).matches()));

	/** The start of an outbox message's or event's id. */
	public static final Rule ID_PREFIX = new Rule("the start of a message or event id (letters, digits, _ and -)",
			(value) -> value.matches("[A-Za-z0-9_-]{1,64}"));

	private static final Map<String, Rule> EVERY_JOB = Map.of("schedule",
			new Rule("a schedule's name", (value) -> NAME.matcher(value).matches()), "fired", INSTANT, JobRuns.RERUN,
			new Rule("a rerun's mark", (value) -> value.matches("[0-9a-f-]{36}")));

	private final Map<String, Rule> rules;

	private JobParameterRules(Map<String, Rule> rules) {
		this.rules = rules;
	}

	/** A job taking these parameters (in this order, for messages), and the scheduler's. */
	public static JobParameterRules of(Map<String, Rule> rules) {
		return new JobParameterRules(new LinkedHashMap<>(rules));
	}

	/** One of these values. */
	public static Rule oneOf(String... values) {
		Set<String> allowed = Set.of(values);
		return new Rule("one of " + String.join(", ", values), allowed::contains);
	}

	/** Some of these values, separated by commas. */
	public static Rule someOf(String... values) {
		Set<String> allowed = Set.of(values);
		return new Rule("some of " + String.join(", ", values) + ", separated by commas",
				(value) -> Arrays.stream(value.split(",")).map(String::trim).allMatch(allowed::contains));
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
			Rule rule = this.rules.getOrDefault(parameter.getKey(), EVERY_JOB.get(parameter.getKey()));
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

	List<String> names() {
		return List.copyOf(this.rules.keySet());
	}

}
