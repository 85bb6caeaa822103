package com.sidekickforge.monitor.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import com.sidekickforge.monitor.launch.ExitCodes;
import com.sidekickforge.monitor.launch.PlatformLookup;
import com.sidekickforge.monitor.launch.SpringLauncher;
import com.sidekickforge.monitor.launch.UsageException;
import com.sidekickforge.monitor.run.JobRunException;
import com.sidekickforge.monitor.run.JobRuns;
import com.sidekickforge.monitor.run.RunOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code forge-monitor run JOB}: runs one job now (a manual trigger). */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = { "Runs one job now. The same job and parameters again: a failed run is restarted where it "
				+ "stopped (only what failed is redone), a completed one is run again.",
				"Example: forge-monitor run daily-rollup --date 2026-11-24 from=2026-01-01" })
final class RunCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "JOB", description = "One of the jobs listed below.")
	private String job;

	@Parameters(index = "1..*", paramLabel = "NAME=VALUE", description = "Job parameters, e.g. from=2026-01-01.")
	private List<String> parameters = List.of();

	@Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day to run for (default: yesterday).")
	private LocalDate date;

	@Option(names = "--client", paramLabel = "C", description = "Only this client (id or slug).")
	private String client;

	@Option(names = "--recover", description = "A run of these parameters that seems to be going on died: restart it.")
	private boolean recover;

	private final SpringLauncher launcher;

	private final PrintStream out;

	RunCommand(SpringLauncher launcher, PrintStream out) {
		this.launcher = launcher;
		this.out = out;
	}

	@Override
	public Integer call() {
		Map<String, String> values = new LinkedHashMap<>();
		for (String parameter : this.parameters) {
			int equals = parameter.indexOf('=');
			if (equals < 1) {
				throw new UsageException("'" + parameter + "' is not a parameter (expected NAME=VALUE)");
			}
			values.put(parameter.substring(0, equals), parameter.substring(equals + 1));
		}
		if (this.date != null) {
			values.put("date", this.date.toString());
		}
		try (ConfigurableApplicationContext context = this.launcher.start(Map.of())) {
			if (this.client != null) {
				values.put("client", PlatformLookup.client(context, this.client, "--client", "a client id or slug").id().toString());
			}
			RunOutcome outcome;
			try {
				outcome = context.getBean(JobRuns.class).run(this.job, values, this.recover);
			}
			catch (JobRunException ex) {
				throw new UsageException(ex.getMessage());
			}
			print(outcome);
			return outcome.completed() ? 0 : ExitCodes.FAILED;
		}
	}

	private void print(RunOutcome outcome) {
		this.out.printf("%s %s%s in %.1f s (execution %d)%n", outcome.job(), outcome.status(),
				outcome.restarted() ? " (restarted)" : "", outcome.duration().toMillis() / 1000.0, outcome.executionId());
		outcome.steps().forEach((step) -> this.out.println("  " + step));
		if (outcome.failure() != null) {
			this.out.println(outcome.failure());
		}
	}

}
