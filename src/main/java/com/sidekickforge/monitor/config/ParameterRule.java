package com.sidekickforge.monitor.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.springframework.util.Assert;

/**
 * What one job parameter's value must be, as text: the run's parameters and a schedule's file hold it to the same
 * rule. {@code kind} says how a schedule's YAML writes it (a list for {@link Kind#SOME_OF} and
 * {@link Kind#ADDRESSES}, comma-separated in the run's parameters).
 *
 * @param choices the values {@link Kind#ONE_OF} and {@link Kind#SOME_OF} take; empty for the others
 */
public record ParameterRule(Kind kind, String expected, List<String> choices, Predicate<String> test) {

	/** The forms a parameter takes. */
	public enum Kind {

		DAY, INSTANT, CLIENT, ADDRESSES, ID_PREFIX, ONE_OF, SOME_OF, TEXT

	}

	private static final Instant YEAR_10000 = LocalDate.of(10000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\",;()\\[\\]]+@[A-Za-z0-9.-]+");

	/** A day from 1970 to 9999 (YYYY-MM-DD). */
	public static final ParameterRule DAY = new ParameterRule(Kind.DAY, "a day, YYYY-MM-DD", List.of(), (value) -> {
		try {
			int year = LocalDate.parse(value).getYear();
			return year >= 1970 && year <= 9999;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	});

	/** An instant from 1970 to 9999 (ISO-8601, e.g. 2026-11-25T23:59:00Z). */
	public static final ParameterRule INSTANT = new ParameterRule(Kind.INSTANT,
			"an ISO-8601 instant such as 2026-11-25T23:59:00Z", List.of(), (value) -> {
				try {
					Instant instant = Instant.parse(value);
					return !instant.isBefore(Instant.EPOCH) && instant.isBefore(YEAR_10000);
				}
				catch (DateTimeParseException ex) {
					return false;
				}
			});

	/** A client id or slug (whether it exists is the run's to say). */
	public static final ParameterRule CLIENT = new ParameterRule(Kind.CLIENT, "a client id or slug", List.of(),
			(value) -> value.length() <= 200 && value.matches("[\\p{L}\\p{N}._-]+"));

	/** Comma-separated addresses, each name@domain. */
	public static final ParameterRule ADDRESSES = new ParameterRule(Kind.ADDRESSES,
			"e-mail addresses separated by commas", List.of(),
			(value) -> Arrays.stream(value.split(",")).map(String::trim).allMatch((a) -> EMAIL.matcher(a).matches()));

	/** The start of an outbox message's or event's id. */
	public static final ParameterRule ID_PREFIX = new ParameterRule(Kind.ID_PREFIX,
			"the start of a message or event id (letters, digits, _ and -)", List.of(),
			(value) -> value.matches("[A-Za-z0-9_-]{1,64}"));

	public ParameterRule {
		Assert.notNull(kind, "kind must not be null");
		Assert.hasText(expected, "expected must not be empty");
		Assert.notNull(test, "test must not be null");
		choices = List.copyOf(choices);
	}

	/** One of these values. */
	public static ParameterRule oneOf(List<String> values) {
		return new ParameterRule(Kind.ONE_OF, "one of " + String.join(", ", values), values, values::contains);
	}

	/** Some of these values, separated by commas. */
	public static ParameterRule someOf(List<String> values) {
		return new ParameterRule(Kind.SOME_OF, "some of " + String.join(", ", values) + ", separated by commas",
				values, (value) -> Arrays.stream(value.split(",")).map(String::trim).allMatch(values::contains));
	}

	/** A text of this form. */
	public static ParameterRule text(String expected, Predicate<String> test) {
		return new ParameterRule(Kind.TEXT, expected, List.of(), test);
	}

	/** Whether a value as given (text) is one this rule takes: never empty, long or with control characters. */
	public boolean accepts(String value) {
		return value != null && !value.isEmpty() && value.length() <= 2000
				&& value.chars().noneMatch(Character::isISOControl) && this.test.test(value);
	}

}
