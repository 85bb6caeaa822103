package com.sidekickforge.monitor.report;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.batch.core.job.parameters.JobParameters;

import com.sidekickforge.monitor.config.JobDeclaration;
import com.sidekickforge.monitor.config.ParameterRule;
import com.sidekickforge.monitor.report.export.ExportFormat;
import com.sidekickforge.monitor.report.model.PeriodKind;
import com.sidekickforge.monitor.run.JobParameterRules;

/**
 * The parameters of a {@code report} run.
 *
 * @param period the period the reports cover
 * @param formats the formats written (every one when none is named)
 * @param at report as of this moment (null: now)
 * @param deliver whether the reports are mailed, published or both
 * @param scope whose reports are mailed
 * @param recipients addresses the schedule mails besides those of {@code recipients.yml}
 * @param schedule the schedule that ran it (its name in recipients' {@code reports}); null when run by hand
 */
public record ReportParameters(PeriodKind period, Set<ExportFormat> formats, Instant at, Delivery deliver,
		MailScope scope, List<String> recipients, String schedule) {

	/** Whether a run's reports are mailed, published or both. */
	public enum Delivery {

		EMAIL, PUBLISH, BOTH;

		public boolean mails() {
			return this != PUBLISH;
		}

	}

	/** Whose reports a run mails: the all-clients report, each client's, or both. */
	public enum MailScope {

		ADMIN, CLIENTS, ALL;

		public boolean admin() {
			return this != CLIENTS;
		}

		public boolean clients() {
			return this != ADMIN;
		}

	}

	/** What a {@code report} run takes; a schedule sets all but {@code at}. */
	public static final JobDeclaration DECLARATION = new JobDeclaration(ReportJobConfiguration.JOB, List.of(
			JobDeclaration.scheduled("period", ParameterRule.oneOf(PeriodKind.namedKeys()),
					"the period the reports cover (default current, the billing period to date)"),
			JobDeclaration.scheduled("formats", ParameterRule.someOf(keys(ExportFormat.values())),
					"the formats written (default all)"),
			JobDeclaration.byHand("at", ParameterRule.INSTANT, "report as of this moment (default now)"),
			JobDeclaration.scheduled("deliver", ParameterRule.oneOf(keys(Delivery.values())),
					"mail the reports, publish them or both (default publish)"),
			JobDeclaration.scheduled("scope", ParameterRule.oneOf(keys(MailScope.values())),
					"whose reports are mailed: admin (all clients'), clients (each client's) or all (default all)"),
			JobDeclaration.scheduled("recipients", ParameterRule.ADDRESSES,
					"addresses mailed besides those of recipients.yml")));

	static ReportParameters of(JobParameters parameters) {
		String period = JobParameterRules.given(parameters, "period");
		String formats = JobParameterRules.given(parameters, "formats");
		String at = JobParameterRules.given(parameters, "at");
		String deliver = JobParameterRules.given(parameters, "deliver");
		String scope = JobParameterRules.given(parameters, "scope");
		String recipients = JobParameterRules.given(parameters, "recipients");
		Set<ExportFormat> chosen = EnumSet.noneOf(ExportFormat.class);
		if (formats == null) {
			chosen.addAll(EnumSet.allOf(ExportFormat.class));
		}
		else {
			Arrays.stream(formats.split(",")).map(ExportFormat::of).forEach(chosen::add);
		}
		return new ReportParameters((period != null) ? PeriodKind.ofKey(period) : PeriodKind.CURRENT, chosen,
				(at != null) ? Instant.parse(at) : null,
				(deliver != null) ? Delivery.valueOf(deliver.toUpperCase(Locale.ROOT)) : Delivery.PUBLISH,
				(scope != null) ? MailScope.valueOf(scope.toUpperCase(Locale.ROOT)) : MailScope.ALL,
				(recipients != null) ? Arrays.stream(recipients.split(",")).map(String::trim).toList() : List.of(),
				JobParameterRules.given(parameters, "schedule"));
	}

	private static List<String> keys(Enum<?>[] values) {
		return Arrays.stream(values).map((v) -> v.name().toLowerCase(Locale.ROOT)).toList();
	}

}
