package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The parameters of a {@code daily-rollup} run.
 *
 * @param date D (null: yesterday in the billing zone)
 * @param from rebuild events from this day on (null: the period's first day, or the backfill window)
 * @param client only this client (null: all)
 */
record RollupParameters(LocalDate date, LocalDate from, UUID client) {

	public static final String DATE = "date";

	public static final String FROM = "from";

	public static final String CLIENT = "client";

	static RollupParameters of(JobParameters parameters) {
		String client = parameters.getString(CLIENT);
		return new RollupParameters(parameters.getLocalDate(DATE), parameters.getLocalDate(FROM),
				(client == null || client.isEmpty()) ? null : UUID.fromString(client));
	}

}
