package com.sidekickforge.monitor.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.batch.core.job.parameters.JobParameters;

import com.sidekickforge.monitor.config.JobDeclaration;
import com.sidekickforge.monitor.config.ParameterRule;
import com.sidekickforge.monitor.run.JobParameterRules;

/**
 * The parameters of a {@code quota-alerts} run.
 *
 * @param client only this client's quotas (null: every client)
 * @param at evaluate as of this past moment, a replay or the demo's as-of day (null: now)
 */
public record QuotaAlertsParameters(UUID client, Instant at) {

	/** What a {@code quota-alerts} run takes; a schedule sets none (it evaluates every client now). */
	public static final JobDeclaration DECLARATION = new JobDeclaration(QuotaAlertsJobConfiguration.JOB, List.of(
			JobDeclaration.byHand("client", ParameterRule.CLIENT, "only this client's quotas"),
			JobDeclaration.byHand("at", ParameterRule.INSTANT, "evaluate as of this moment (default now)")));

	/** The clock of the run: fixed at {@code at} for a replay (the demo's as-of day), else the system's. */
	Clock clock(Clock system) {
		return (this.at == null) ? system : Clock.fixed(this.at, system.getZone());
	}

	static QuotaAlertsParameters of(JobParameters parameters) {
		String client = JobParameterRules.given(parameters, "client");
		String at = JobParameterRules.given(parameters, "at");
		return new QuotaAlertsParameters((client != null) ? UUID.fromString(client) : null,
				(at != null) ? Instant.parse(at) : null);
	}

}
