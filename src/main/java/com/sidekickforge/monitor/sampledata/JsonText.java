package com.sidekickforge.monitor.sampledata;

/** Writes the small JSON objects the source tables keep in {@code jsonb} columns. */
final class JsonText {

	private JsonText() {
	}

	/** An object from alternating names and values; strings are escaped, numbers and booleans kept. */
	static String object(Object... namesAndValues) {
		StringBuilder out = new StringBuilder(64).append('{');
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (i > 0) {
				out.append(',');
			}
			quote(out, String.valueOf(namesAndValues[i]));
			out.append(':');
			Object value = namesAndValues[i + 1];
			if (value == null) {
				out.append("null");
			}
			else if (value instanceof Number || value instanceof Boolean) {
				out.append(value);
			}
			else {
				quote(out, value.toString());
			}
		}
		return out.append('}').toString();
	}

	private static void quote(StringBuilder out, String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
