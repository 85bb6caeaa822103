package com.sidekickforge.monitor.cli;

import java.util.List;

import com.sidekickforge.monitor.alert.QuotaAlertsParameters;
import com.sidekickforge.monitor.config.JobCatalog;
import com.sidekickforge.monitor.config.JobDeclaration;
import com.sidekickforge.monitor.health.HealthCheckParameters;
import com.sidekickforge.monitor.outbox.OutboxRetryParameters;
import com.sidekickforge.monitor.report.ReportParameters;
import com.sidekickforge.monitor.rollup.RollupParameters;

import picocli.CommandLine;

/**
 * Every job's own declaration, gathered for what reads them without starting Spring: {@code check-config}, the
 * schedules' files and {@code run --help}. The jobs' validators hold the same declarations (a test compares them).
 */
public final class ForgeJobs {

	public static final JobCatalog CATALOG = new JobCatalog(List.of(RollupParameters.DECLARATION,
			QuotaAlertsParameters.DECLARATION, OutboxRetryParameters.DECLARATION, HealthCheckParameters.DECLARATION,
			ReportParameters.DECLARATION));

	private ForgeJobs() {
	}

	/** The jobs and their parameters as {@code run --help} lists them, in picocli's columns. */
	static String help(CommandLine.Help help) {
		CommandLine.Help.TextTable table = CommandLine.Help.TextTable.forColumns(help.colorScheme(),
				new CommandLine.Help.Column(18, 2, CommandLine.Help.Column.Overflow.SPAN),
				new CommandLine.Help.Column(62, 0, CommandLine.Help.Column.Overflow.WRAP));
		for (JobDeclaration job : CATALOG.jobs()) {
			table.addRowValues(job.job(), job.parameters().isEmpty() ? "(no parameters)" : "");
			for (JobDeclaration.Parameter parameter : job.parameters()) {
				table.addRowValues("  " + parameter.name() + (parameter.scheduled() ? " *" : ""),
						parameter.rule().expected() + ": " + parameter.description());
			}
		}
		return String.format("%nJobs and their parameters (* a schedule's file may set it too):%n") + table;
	}

}
