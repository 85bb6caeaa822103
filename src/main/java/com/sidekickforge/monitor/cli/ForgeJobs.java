package com.sidekickforge.monitor.cli;

import java.util.List;

import com.sidekickforge.monitor.alert.QuotaAlertsParameters;
import com.sidekickforge.monitor.config.JobCatalog;
import com.sidekickforge.monitor.config.JobDeclaration;
import com.sidekickforge.monitor.health.HealthCheckParameters;
import com.sidekickforge.monitor.outbox.OutboxRetryParameters;
import com.sidekickforge.monitor.report.ReportParameters;
import com.sidekickforge.monitor.rollup.RollupParameters;

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

	/**
	 * The jobs and their parameters as {@code run --help} lists them (a picocli footer: {@code %n} for line ends, a
	 * text's own {@code %} doubled).
	 */
	static String help() {
		StringBuilder help = new StringBuilder("%nJobs and their parameters (* a schedule's file may set it too):%n");
		for (JobDeclaration job : CATALOG.jobs()) {
			help.append("  ").append(job.job()).append("%n");
			if (job.parameters().isEmpty()) {
				help.append("      (none)%n");
			}
			for (JobDeclaration.Parameter parameter : job.parameters()) {
				String name = parameter.name() + (parameter.scheduled() ? " *" : "");
				help.append("    ").append(name).append(" ".repeat(Math.max(1, 14 - name.length())))
					.append(escaped(parameter.rule().expected()))
					.append("%n                  ")
					.append(escaped(parameter.description()))
					.append("%n");
			}
		}
		return help.toString();
	}

	private static String escaped(String text) {
		return text.replace("%", "%%");
	}

}
