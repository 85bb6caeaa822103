package com.sidekickforge.monitor.report.pdf;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Embedded font subsets named the same in every run. OpenPDF names each subset with six random capitals
 * ({@code /JIDCUO+DejaVuSans}), so the same report written twice differed in those bytes alone and was never
 * shared with the previous generation. Here the first subset of a file is {@code FMAAAA}, the second
 * {@code FMAAAB}, and so on: still one name per subset within a file, as PDF asks, and the same length, so no
 * offset in the file moves.
 */
final class PdfSubsetPrefixes {

	private static final Pattern PREFIX = Pattern.compile("/([A-Z]{6})\\+");

	private PdfSubsetPrefixes() {
	}

	static byte[] stable(byte[] pdf) {
		// ISO-8859-1 maps every byte to one char and back: binary streams pass through untouched.
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		Map<String, String> names = new LinkedHashMap<>();
		Matcher prefix = PREFIX.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (prefix.find()) {
			String name = names.computeIfAbsent(prefix.group(1), (random) -> stableName(names.size()));
			prefix.appendReplacement(out, "/" + name + "+");
		}
		prefix.appendTail(out);
		return out.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String stableName(int ordinal) {
		char[] letters = { 'F', 'M', 'A', 'A', 'A', 'A' };
		for (int i = 5, rest = ordinal; i >= 2 && rest > 0; i--, rest /= 26) {
			letters[i] = (char) ('A' + rest % 26);
		}
		return new String(letters);
	}

}
