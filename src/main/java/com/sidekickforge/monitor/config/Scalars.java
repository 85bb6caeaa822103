package com.sidekickforge.monitor.config;

import java.net.URI;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.quartz.CronExpression;
import org.springframework.boot.convert.DurationStyle;


/** The kinds of single values configuration files hold, each with its check. */
final class Scalars {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\",;()\\[\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");

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
		return new Shape.Scalar("a time zone such as UTC or Europe/Berlin", (value) -> {
			try {
				ZoneId.of(value);
				return null;
			}
			catch (DateTimeException ex) {
				return "unknown time zone '" + value + "'";
			}
		});
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
