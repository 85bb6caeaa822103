package com.sidekickforge.monitor.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

import com.sidekickforge.monitor.launch.LaunchArguments;
import com.sidekickforge.monitor.launch.SpringLauncher;
import com.sidekickforge.monitor.tools.BenchReportCommand;
import com.sidekickforge.monitor.tools.BenchRollupCommand;
import com.sidekickforge.monitor.tools.GenerateCommand;
import com.sidekickforge.monitor.tools.SqlCommand;

/**
 * The top of the {@code forge-monitor} command line. Builds the picocli command with every subcommand
 * and the rules that turn outcomes into exit codes.
 */
@Command(name = "forge-monitor", mixinStandardHelpOptions = true,
		versionProvider = ForgeMonitorCommand.Version.class,
		description = { "Monitoring, reporting and alerting for Sidekick Forge.",
				"Settings such as --forge.timezone=Europe/Berlin may be given after any command." },
		footer = { "", "Exit codes: 0 ok, 1 a job failed, 2 bad usage or configuration." })
public final class ForgeMonitorCommand implements Runnable {

	/** The help section of {@code run} that lists the jobs. */
	private static final String JOBS_SECTION = "jobs";

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(), "Missing command: choose one below.");
	}

	/** The command line, ready to execute the command part of these arguments. */
	public static CommandLine commandLine(Class<?> application, LaunchArguments arguments, PrintStream out,
			PrintStream err) {
		SpringLauncher launcher = new SpringLauncher(application, arguments);
		CommandLine commandLine = new CommandLine(new ForgeMonitorCommand());
		commandLine.addSubcommand(new DemoCommand(launcher, out));
		commandLine.addSubcommand(new RunCommand(launcher, out));
		CommandLine run = commandLine.getSubcommands().get("run");
		run.getHelpSectionMap().put(JOBS_SECTION, ForgeJobs::help);
		List<String> sections = new ArrayList<>(run.getHelpSectionKeys());
		sections.add(sections.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), JOBS_SECTION);
		run.setHelpSectionKeys(sections);
		commandLine.addSubcommand(new CheckConfigCommand(arguments, out, err));
		commandLine.addSubcommand(new ExportCommand(launcher, out));
		commandLine.addSubcommand(new JobsCommand(launcher, out));
		commandLine.addSubcommand(new WebhooksCommand(launcher, out));
		commandLine.addSubcommand(new ServeCommand(launcher, out));
		commandLine.addSubcommand(new BacktestAlertsCommand(launcher, out));
		commandLine.addSubcommand(new SqlCommand(launcher, out));
		commandLine.addSubcommand(new GenerateCommand(out));
		commandLine.addSubcommand(new BenchRollupCommand(launcher, out));
		commandLine.addSubcommand(new BenchReportCommand(launcher, out));
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		commandLine.setExecutionExceptionHandler(new Failures(err));
		return commandLine;
	}

	/** The version from the jar's manifest ("dev" when run from classes). */
	static final class Version implements IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = ForgeMonitorCommand.class.getPackage().getImplementationVersion();
			return new String[] { "forge-monitor " + ((version != null) ? version : "dev"),
					"Java " + Runtime.version() + " (" + System.getProperty("java.home") + ")" };
		}

	}

}
