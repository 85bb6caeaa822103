package com.sidekickforge.monitor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.sidekickforge.monitor.config.ConfigChecker;
import com.sidekickforge.monitor.config.ConfigProblem;
import com.sidekickforge.monitor.launch.ExitCodes;
import com.sidekickforge.monitor.launch.LaunchArguments;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code forge-monitor check-config}: validates config/ and jobs/ without starting anything. */
@Command(name = "check-config", mixinStandardHelpOptions = true,
		description = { "Validates the files in the config directory and the schedules in the jobs directory.",
				"Every problem is printed as file:line: field: problem (expected ...); exit code 2 if any." })
final class CheckConfigCommand implements Callable<Integer> {

	@Option(names = "--config-dir", paramLabel = "DIR",
			description = "Configuration directory (default: forge.config-dir, else config).")
	private Path configDir;

	@Option(names = "--jobs-dir", paramLabel = "DIR",
			description = "Schedules directory (default: forge.jobs-dir, else jobs).")
	private Path jobsDir;

	private final LaunchArguments arguments;

	private final PrintStream out;

	private final PrintStream err;

	CheckConfigCommand(LaunchArguments arguments, PrintStream out, PrintStream err) {
		this.arguments = arguments;
		this.out = out;
		this.err = err;
	}

	@Override
	public Integer call() {
		Path config = (this.configDir != null) ? this.configDir : this.arguments.configDir();
		Path jobs = (this.jobsDir != null) ? this.jobsDir : this.arguments.jobsDir();
		ConfigChecker.Result result = new ConfigChecker(System.getenv(), ForgeJobs.CATALOG).check(config, jobs);
		if (result.ok()) {
			this.out.println("Configuration OK: " + result.files().size() + " files in " + config + " and " + jobs);
			return 0;
		}
		for (ConfigProblem problem : result.problems()) {
			this.err.println(problem);
		}
		this.err.println(result.problems().size() + " problem" + ((result.problems().size() == 1) ? "" : "s")
				+ " in " + config + " and " + jobs);
		return ExitCodes.BAD_USAGE;
	}

}
