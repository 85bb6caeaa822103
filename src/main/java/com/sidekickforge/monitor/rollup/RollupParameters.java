package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.batch.core.job.parameters.JobParameters;

import com.sidekickforge.monitor.config.JobDeclaration;
import com.sidekickforge.monitor.config.ParameterRule;

/**
 * The parameters of a {@code daily-rollup} run.
 *
 * @param date D (null: yesterday in the billing zone)
 * @param from rebuild events from this day on (null: the period's first day, or the backfill window)
 * @param client only this client (null: all)
 */
public record RollupParameters(LocalDate date, LocalDate from, UUID client) {

	public static final String DATE = "date";

	public static final String FROM = "from";

	public static final String CLIENT = "client";

	/** What a {@code daily-rollup} run takes; a schedule sets none (it rolls up yesterday). */
	public static final JobDeclaration DECLARATION = new JobDeclaration(DailyRollupJobConfiguration.JOB, List.of(
			JobDeclaration.byHand(DATE, ParameterRule.DAY, "the day D to roll up (default yesterday in forge.timezone)"),
			JobDeclaration.byHand(FROM, ParameterRule.DAY,
					"read the events again from this day on (default D's billing period, or the backfill window)"),
			JobDeclaration.byHand(CLIENT, ParameterRule.CLIENT, "only this client")));

	static RollupParameters of(JobParameters parameters) {
		String client = parameters.getString(CLIENT);
		return new RollupParameters(parameters.getLocalDate(DATE), parameters.getLocalDate(FROM),
				(client == null || client.isEmpty()) ? null : UUID.fromString(client));
	}

}
