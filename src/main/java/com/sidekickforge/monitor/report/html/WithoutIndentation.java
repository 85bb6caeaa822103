package com.sidekickforge.monitor.report.html;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * Passes text on without the spaces and tabs that start a line: the template's indentation, which Thymeleaf
 * repeats for every row it writes (a tenth of a page). Only what follows a line break goes, so every break between
 * words stays a break and nothing renders differently (the dashboard has no preformatted text); the script's lines
 * keep their ends. A writer, so a page streams to its file without a whole copy of it in memory.
 */
final class WithoutIndentation extends FilterWriter {

	private boolean lineStart;

	WithoutIndentation(Writer out) {
		super(out);
	}

	@Override
	public void write(int c) throws IOException {
		if (this.lineStart && (c == ' ' || c == '\t')) {
			return;
		}
		this.lineStart = c == '\n';
		this.out.write(c);
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		strip(CharBuffer.wrap(chars), offset, length, (from, count) -> this.out.write(chars, from, count));
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		strip(text, offset, length, (from, count) -> this.out.write(text, from, count));
	}

	/** Hands each run of kept characters to {@code kept}: whole runs, not one character at a time. */
	private void strip(CharSequence text, int offset, int length, Run kept) throws IOException {
		int end = offset + length;
		int from = offset;
		int i = offset;
		while (i < end) {
			if (!this.lineStart) {
				// Inside a line nothing goes: on to its end at the speed of a string search (charts and the
				// timeline arrive as long lines).
				int lineEnd = nextLineBreak(text, i, end);
				if (lineEnd < 0) {
					break;
				}
				this.lineStart = true;
				i = lineEnd + 1;
				continue;
			}
			char c = text.charAt(i);
			if (c == ' ' || c == '\t') {
				if (i > from) {
					kept.write(from, i - from);
				}
				from = i + 1;
			}
			else {
				this.lineStart = c == '\n';
			}
			i++;
		}
		if (end > from) {
			kept.write(from, end - from);
		}
	}

	private static int nextLineBreak(CharSequence text, int from, int end) {
		if (text instanceof String string) {
			return string.indexOf('\n', from, end);
		}
		for (int i = from; i < end; i++) {
			if (text.charAt(i) == '\n') {
				return i;
			}
		}
		return -1;
	}

	/** The text without its indentation. */
	static String of(String text) {
		StringWriter result = new StringWriter(text.length());
		try (WithoutIndentation writer = new WithoutIndentation(result)) {
			writer.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex); // a StringWriter does not fail
		}
		return result.toString();
	}

	@FunctionalInterface
	private interface Run {

		void write(int from, int count) throws IOException;

	}

}
