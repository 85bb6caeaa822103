package com.sidekickforge.monitor.config;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.util.Assert;

/**
 * A client's slug: its name in lower case with every run of non-alphanumerics as one {@code -}. Accents
 * are folded first ({@code Zürich} gives {@code zurich}) so that slugs are safe in file names and URLs;
 * a reference written with the accents kept ({@code zürich-...}) still names the same client.
 */
public final class ClientSlug {

	private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern NON_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	/** A valid slug as written in configuration: lower-case letters and digits in dash-separated words. */
	public static final Pattern SLUG = Pattern.compile("[\\p{Ll}\\p{N}]+(-[\\p{Ll}\\p{N}]+)*");

	private ClientSlug() {
	}

	public static String of(String clientName) {
		Assert.hasText(clientName, "clientName must not be empty");
		String folded = COMBINING_MARKS.matcher(Normalizer.normalize(foldLetters(clientName), Normalizer.Form.NFKD))
			.replaceAll("");
		return trimDashes(NON_ALPHANUMERIC.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-"));
	}

	/**
	 * Whether a reference from configuration or the command line (a client id or a slug, accents folded
	 * or kept) names the client with this id and name.
	 */
	public static boolean names(String reference, UUID clientId, String clientName) {
		String ref = reference.trim();
		if (ref.equalsIgnoreCase(clientId.toString())) {
			return true;
		}
		String lower = ref.toLowerCase(Locale.ROOT);
		return lower.equals(of(clientName)) || lower.equals(unicodeSlug(clientName));
	}

	/** Whether a text is written like a client reference (a uuid or a slug); it may still name nobody. */
	public static boolean isReference(String reference) {
		return isUuid(reference) || SLUG.matcher(reference).matches();
	}

	public static boolean isUuid(String text) {
		try {
			return UUID.fromString(text).toString().equalsIgnoreCase(text);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String unicodeSlug(String name) {
		return trimDashes(NON_LETTER_OR_DIGIT.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-"));
	}

	/** Letters that Unicode does not decompose into a base letter and an accent. */
	private static String foldLetters(String name) {
		StringBuilder out = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			switch (c) {
				case 'ø', 'Ø' -> out.append(c == 'ø' ? 'o' : 'O');
				case 'æ' -> out.append("ae");
				case 'Æ' -> out.append("AE");
				case 'œ' -> out.append("oe");
				case 'Œ' -> out.append("OE");
				case 'ß' -> out.append("ss");
				case 'ł' -> out.append('l');
				case 'Ł' -> out.append('L');
				case 'đ' -> out.append('d');
				case 'Đ' -> out.append('D');
				case 'þ' -> out.append("th");
				case 'Þ' -> out.append("TH");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static String trimDashes(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

}
