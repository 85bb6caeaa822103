package com.sidekickforge.monitor.launch;

import java.io.Console;
import java.io.PrintStream;
import java.util.Locale;

import com.sidekickforge.monitor.sampledata.GenerationProgress;

/**
 * Progress of long work: a redrawn bar with counts and rate on a terminal, a plain line every tenth
 * of the way otherwise (logs, CI).
 */
public final class TerminalProgress implements GenerationProgress {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final boolean terminal;

	private final String unit;

	private final long started = System.nanoTime();

	private int lastDecile = -1;

	TerminalProgress(PrintStream out, boolean terminal, String unit) {
		this.out = out;
		this.terminal = terminal;
		this.unit = unit;
	}

	public static TerminalProgress forConsole(String unit) {
		return new TerminalProgress(System.out, isTerminal(), unit);
	}

	/** Whether standard output is a terminal (Console.isTerminal() from Java 22; before, a console at all). */
	private static boolean isTerminal() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException ex) {
			return true;
		}
	}

	@Override
	public void clientWritten(int done, int total, long rowsSoFar) {
		double seconds = Math.max(0.001, (System.nanoTime() - this.started) / 1e9);
		String counts = String.format(Locale.ROOT, "%,d/%,d %s  %,d rows  %,.0f rows/s", done, total, this.unit,
				rowsSoFar, rowsSoFar / seconds);
		if (this.terminal) {
			int filled = (int) ((long) WIDTH * done / total);
			this.out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + counts);
			if (done == total) {
				this.out.println();
			}
			this.out.flush();
			return;
		}
		int decile = (int) (10L * done / total);
		if (decile != this.lastDecile || done == total) {
			this.lastDecile = decile;
			this.out.println(String.format(Locale.ROOT, "progress %3d%%  ", 100L * done / total) + counts);
		}
	}

}
