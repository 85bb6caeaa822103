package com.sidekickforge.monitor.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.launch.SpringLauncher;
import com.sidekickforge.monitor.launch.UsageException;
import com.sidekickforge.monitor.report.ReportScopes;
import com.sidekickforge.monitor.report.ReportService;
import com.sidekickforge.monitor.report.export.ExportFormat;
import com.sidekickforge.monitor.report.model.ReportScope;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code forge-monitor export}: one report file, now, scoped to what a user may see. */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Writes one report now: usage CSV, summary PDF, HTML dashboard, monitoring JSON or the "
				+ "conversation history (JSON with transcripts), for the clients a user may see.",
				"Without --out the file goes under <output-dir>/exports/ with its usual name (exports/clients/<slug>/ "
						+ "for one client); --out - writes to standard output.",
				"Example: forge-monitor export --format csv --period 30d --client acme-dental --as ops" })
final class ExportCommand implements Callable<Integer> {

	@Option(names = "--format", required = true, paramLabel = "FORMAT",
			description = "csv, pdf, html, json or conversations.")
	private String format;

	@Option(names = "--period", paramLabel = "P", description = "current (default), 7d, 30d, 6m, 12m or custom.")
	private String period;

	@Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of a custom period.")
	private LocalDate from;

	@Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of a custom period.")
	private LocalDate to;

	@Option(names = "--client", paramLabel = "C", description = "Only this client (id or slug).")
	private String client;

	@Option(names = "--as", paramLabel = "USER",
			description = "Build it as this user sees it (users.yml name or recipients.yml address); default: all clients.")
	private String viewer;

	@Option(names = "--at", paramLabel = "INSTANT", description = "Report as of this moment (ISO instant); default now.")
	private Instant at;

	@Option(names = "--out", paramLabel = "FILE", description = "Where to write; - for standard output.")
	private String out;

	private final SpringLauncher launcher;

	private final PrintStream console;

	ExportCommand(SpringLauncher launcher, PrintStream console) {
		this.launcher = launcher;
		this.console = console;
	}

	@Override
	public Integer call() {
		ExportFormat chosen;
		try {
			chosen = ExportFormat.of(this.format);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--format: " + ex.getMessage());
		}
		try (ConfigurableApplicationContext context = this.launcher.start(Map.of())) {
			ReportScope scope;
			try {
				scope = context.getBean(ReportScopes.class).resolve(this.viewer, this.client);
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException(ex.getMessage());
			}
			String periodName = (this.period != null) ? this.period
					: (this.from != null || this.to != null) ? "custom" : "current";
			ReportService reports = context.getBean(ReportService.class);
			if ("-".equals(this.out)) {
				export(reports, chosen, scope, periodName, System.out);
				System.out.flush();
				return 0;
			}
			Path target = target(context.getBean(ForgeProperties.class), chosen, scope, periodName);
			try {
				reports.export(chosen, scope, periodName, this.from, this.to, this.at, target);
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException(ex.getMessage());
			}
			this.console.println("Wrote " + target + " (" + scope.label() + ")");
			return 0;
		}
	}

	private void export(ReportService reports, ExportFormat chosen, ReportScope scope, String periodName,
			OutputStream sink) {
		try {
			reports.export(chosen, scope, periodName, this.from, this.to, this.at, sink);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(ex.getMessage());
		}
	}

	private Path target(ForgeProperties properties, ExportFormat chosen, ReportScope scope, String periodName) {
		if (this.out != null) {
			return Path.of(this.out);
		}
		Path exports = properties.outputPath().resolve("exports");
		if (scope.client() != null) {
			exports = exports.resolve("clients").resolve(scope.client().slug());
		}
		return exports.resolve(chosen.fileName(periodName));
	}

}
