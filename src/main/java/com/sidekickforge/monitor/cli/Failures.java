package com.sidekickforge.monitor.cli;

import java.io.PrintStream;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.core.NestedExceptionUtils;

import com.sidekickforge.monitor.config.ConfigException;
import com.sidekickforge.monitor.demo.DemoException;
import com.sidekickforge.monitor.launch.ExitCodes;
import com.sidekickforge.monitor.launch.UsageException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;

/**
 * Turns a command's failure into a message and an exit code: 2 for bad usage or configuration (a
 * setting Spring cannot bind, a wrong file under config/, a wrong option value), 1 for anything that
 * failed while running.
 */
final class Failures implements IExecutionExceptionHandler {

	private final PrintStream err;

	Failures(PrintStream err) {
		this.err = err;
	}

	@Override
	public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
		String command = commandLine.getCommandName();
		BindException bind = find(ex, BindException.class);
		if (bind != null) {
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(bind);
			this.err.println(command + ": bad setting " + bind.getName() + ": " + cause.getMessage());
			return ExitCodes.BAD_USAGE;
		}
		ConfigException config = find(ex, ConfigException.class);
		if (config != null) {
			this.err.println(command + ": bad configuration:");
			config.problems().forEach((problem) -> this.err.println("  " + problem));
			return ExitCodes.BAD_USAGE;
		}
		if (find(ex, UsageException.class) != null || find(ex, DemoException.class) != null) {
			this.err.println(command + ": " + NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
			return ExitCodes.BAD_USAGE;
		}
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		this.err.println(command + ": failed: " + ex.getMessage()
				+ ((cause != ex) ? System.lineSeparator() + "  caused by: " + cause : ""));
		if (System.getenv("FORGE_DEBUG") != null) {
			ex.printStackTrace(this.err);
		}
		return ExitCodes.FAILED;
	}

	private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}
