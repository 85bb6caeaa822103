package com.sidekickforge.monitor.config;

import java.net.URI;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.quartz.CronExpression;
import org.springframework.boot.convert.DurationStyle;


/** The kinds of single values configuration files hold, each with its check. */
final class Scalars {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\",;()\\[\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");

	private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT);

	private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

	private Scalars() {
	}

	static Shape.Scalar text() {
		return new Shape.Scalar("a text", (value) -> null);
	}

	/** A text on one line: it goes into a mail header (a line break there could inject headers). */
	static Shape.Scalar singleLine() {
		return new Shape.Scalar("a text on one line", (value) -> value.chars().anyMatch((c) -> c == '\r' || c == '\n')
				? "line break in a text that goes into mail headers" : null);
	}

	static Shape.Scalar name() {
		return new Shape.Scalar("a name of letters, digits, '-' or '_'",
				(value) -> value.matches("[A-Za-z0-9][A-Za-z0-9_-]*") ? null : "invalid name '" + value + "'");
	}

	static Shape.Scalar oneOf(String... values) {
		List<String> allowed = List.of(values);
		return new Shape.Scalar("one of " + String.join(", ", values),
				(value) -> allowed.contains(value) ? null : "unknown value '" + value + "'");
	}

	static Shape.Scalar bool() {
		return new Shape.Scalar("true or false",
				(value) -> (value.equals("true") || value.equals("false")) ? null : "not a boolean: '" + value + "'");
	}

	static Shape.Scalar integer(int min, int max) {
		return new Shape.Scalar("a whole number from " + min + " to " + max, (value) -> {
			try {
				int number = Integer.parseInt(value);
				return (number >= min && number <= max) ? null : "out of range: " + number;
			}
			catch (NumberFormatException ex) {
				return "not a whole number: '" + value + "'";
			}
		});
	}

	static Shape.Scalar decimal(int min, int max) {
		return new Shape.Scalar("a number from " + min + " to " + max, (value) -> {
			try {
				double number = Double.parseDouble(value);
				return (number >= min && number <= max) ? null : "out of range: " + value;
			}
			catch (NumberFormatException ex) {
				return "not a number: '" + value + "'";
			}
		});
	}

	/** "07:00", "22:30": a time of day on a 24-hour clock. */
	static Shape.Scalar timeOfDay() {
		return new Shape.Scalar("a time of day such as 07:00 or 22:30", (value) -> (timeOf(value) != null) ? null
				: "not a time of day: '" + value + "'");
	}

	/** "22:00-07:00": a start and a different end, the end before the start when the range spans midnight. */
	static Shape.Scalar timeRange() {
		return new Shape.Scalar("a range of times such as 22:00-07:00", (value) -> {
			LocalTime[] range = timeRangeOf(value);
			if (range == null) {
				return "not a range of times: '" + value + "'";
			}
			return range[0].equals(range[1]) ? "the range starts and ends at " + range[0] + ": '" + value + "'" : null;
		});
	}

	/** The time of "07:00", or null when it is not one. */
	static LocalTime timeOf(String value) {
		try {
			return LocalTime.parse(value.trim(), TIME_OF_DAY);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** The start and end of "22:00-07:00", or null when it is not a range. */
	static LocalTime[] timeRangeOf(String value) {
		String[] ends = value.split("-", -1);
		if (ends.length != 2) {
			return null;
		}
		LocalTime from = timeOf(ends[0]);
		LocalTime to = timeOf(ends[1]);
		return (from != null && to != null) ? new LocalTime[] { from, to } : null;
	}

	static Shape.Scalar email() {
		return new Shape.Scalar("an e-mail address such as ops@example.com", (value) -> {
			if (value.chars().anyMatch((c) -> c == '\r' || c == '\n')) {
				return "line break in an e-mail address";
			}
			return (EMAIL.matcher(value).matches() && value.length() <= 254) ? null
					: "not an e-mail address: '" + value + "'";
		});
	}

	static Shape.Scalar httpUrl() {
		return new Shape.Scalar("an http:// or https:// URL", (value) -> {
			String lower = value.toLowerCase(Locale.ROOT);
			if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
				return "not an http(s) URL: '" + value + "'";
			}
			try {
				URI uri = URI.create(value);
				return (uri.getHost() != null) ? null : "URL without a host: '" + value + "'";
			}
			catch (IllegalArgumentException ex) {
				return "malformed URL: '" + value + "'";
			}
		});
	}

	static Shape.Scalar livekitUrl() {
		return new Shape.Scalar("a ws://, wss://, http:// or https:// URL",
				(value) -> value.matches("(?i)(wss?|https?)://[^\\s/]+.*") ? null : "not a LiveKit URL: '" + value + "'");
	}

	static Shape.Scalar jdbcUrl() {
		return new Shape.Scalar("a JDBC URL starting with jdbc:postgresql: or jdbc:h2:",
				(value) -> (value.startsWith("jdbc:postgresql:") || value.startsWith("jdbc:h2:")) ? null
						: "unsupported database URL '" + value + "'");
	}

	static Shape.Scalar clientReference() {
		return new Shape.Scalar("a client id (uuid) or slug (lower-case name, non-alphanumerics as '-')",
				(value) -> ClientSlug.isReference(value) ? null : "not a client id or slug: '" + value + "'");
	}

	static Shape.Scalar zone() {
		return new Shape.Scalar("a time zone such as UTC or Europe/Berlin",
				(value) -> (zoneOf(value) != null) ? null : "unknown time zone '" + value + "'");
	}

	/** The zone of "Europe/Berlin", or null when it is not one. */
	static ZoneId zoneOf(String value) {
		try {
			return ZoneId.of(value);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	static Shape.Scalar cron() {
		return new Shape.Scalar("a Quartz cron expression such as '0 0 6 * * ?'", (value) -> {
			try {
				CronExpression.validateExpression(value);
				return null;
			}
			catch (ParseException ex) {
				return "invalid cron '" + value + "': " + ex.getMessage();
			}
		});
	}

	static Shape.Scalar duration() {
		return new Shape.Scalar("a duration such as 6h, 30m or PT6H", (value) -> {
			try {
				DurationStyle.detectAndParse(value);
				return null;
			}
			catch (IllegalArgumentException ex) {
				return "not a duration: '" + value + "'";
			}
		});
	}

	static Shape.Scalar webhookSecret() {
		return new Shape.Scalar("whsec_ followed by base64 of at least 24 bytes", (value) -> {
			if (!value.startsWith("whsec_")) {
				return "secret does not start with whsec_";
			}
			try {
				return (Base64.getDecoder().decode(value.substring(6)).length >= 24) ? null : "secret too short";
			}
			catch (IllegalArgumentException ex) {
				return "secret is not base64 after whsec_";
			}
		});
	}

	static Shape.Scalar sha256Hex() {
		return new Shape.Scalar("64 hexadecimal digits (the SHA-256 of the token)",
				(value) -> HEX_SHA256.matcher(value).matches() ? null : "not a SHA-256 in hex");
	}

}
