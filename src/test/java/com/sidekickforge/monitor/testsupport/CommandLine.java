package com.sidekickforge.monitor.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.sidekickforge.monitor.ForgeMonitorApplication;
import com.sidekickforge.monitor.cli.ForgeMonitorCommand;
import com.sidekickforge.monitor.launch.LaunchArguments;

/** Runs {@code forge-monitor} in this JVM as a user would type it, capturing what it prints and its exit code. */
public final class CommandLine {

	private CommandLine() {
	}

	/** What a run printed and how it ended. */
	public record Run(int exitCode, String out, String err) {
	}

	public static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		LaunchArguments arguments = LaunchArguments.of(args);
		int exitCode;
		try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			exitCode = ForgeMonitorCommand.commandLine(ForgeMonitorApplication.class, arguments, stdout, stderr)
				.execute(arguments.command().toArray(String[]::new));
		}
		return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

}
