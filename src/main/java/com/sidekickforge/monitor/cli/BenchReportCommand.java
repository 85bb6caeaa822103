package com.sidekickforge.monitor.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import com.sidekickforge.monitor.report.ReportService;
import com.sidekickforge.monitor.run.JobRuns;
import com.sidekickforge.monitor.run.RunOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code forge-monitor bench-report}: times the {@code report} job (every client's files plus the admin ones)
 * against reading the same data and nothing else, with the peak heap of each. Needs a rolled-up store.
 */
@Command(name = "bench-report", mixinStandardHelpOptions = true,
		description = { "Benchmark: the report job for all clients against only reading what it reads.",
				"Run the daily-rollup of the as-of day first, on the same store." })
final class BenchReportCommand implements Callable<Integer> {

	@Option(names = "--at", required = true, paramLabel = "INSTANT", description = "The reports' as-of moment.")
	private Instant at;

	private final SpringLauncher launcher;

	private final PrintStream out;

	BenchReportCommand(SpringLauncher launcher, PrintStream out) {
		this.launcher = launcher;
		this.out = out;
	}

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = this.launcher.start(Map.of())) {
			ReportService reports = context.getBean(ReportService.class);
			JobRuns jobs = context.getBean(JobRuns.class);
			HeapMeasure<Integer> read = HeapMeasure.of(() -> reports.readOnly(this.at));
			HeapMeasure<RunOutcome> report = HeapMeasure.of(() -> jobs.run("report", Map.of("at", this.at.toString()), false));
			this.out.printf(Locale.ROOT, "read only (%d clients, every period): %.1f s, peak heap %d MiB%n", read.result(),
					read.seconds(), read.peakHeapMiB());
			this.out.printf(Locale.ROOT, "report job: %.1f s, peak heap %d MiB, report/read %.2f%n", report.seconds(),
					report.peakHeapMiB(), report.seconds() / read.seconds());
			report.result().steps().forEach((step) -> this.out.println("  " + step));
			this.out.printf(Locale.ROOT, "max heap (-Xmx) %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
			return report.result().completed() ? 0 : Failures.FAILED;
		}
	}

}
