package com.sidekickforge.monitor;

import com.sidekickforge.monitor.cli.ForgeMonitorCommand;
import com.sidekickforge.monitor.launch.LaunchArguments;

/**
 * The {@code forge-monitor} executable: runs one command and exits with its code.
 */
public final class ForgeMonitor {

	private ForgeMonitor() {
	}

	public static void main(String[] args) {
		LaunchArguments arguments = LaunchArguments.of(args);
		int exitCode = ForgeMonitorCommand.commandLine(ForgeMonitorApplication.class, arguments, System.out, System.err)
			.execute(arguments.command().toArray(String[]::new));
		System.exit(exitCode);
	}

}
