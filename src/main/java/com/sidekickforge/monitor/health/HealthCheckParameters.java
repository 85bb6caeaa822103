package com.sidekickforge.monitor.health;

import java.time.Instant;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;

import com.sidekickforge.monitor.config.JobDeclaration;
import com.sidekickforge.monitor.config.ParameterRule;
import com.sidekickforge.monitor.run.JobParameterRules;

/**
 * The parameters of a {@code health-check} run.
 *
 * @param at the moment the samples are recorded at (null: now)
 */
public record HealthCheckParameters(Instant at) {

	/** What a {@code health-check} run takes; a schedule sets none. */
	public static final JobDeclaration DECLARATION = new JobDeclaration(HealthCheckJobConfiguration.JOB,
			List.of(JobDeclaration.byHand("at", ParameterRule.INSTANT, "record the samples at this moment (default now)")));

	static HealthCheckParameters of(JobParameters parameters) {
		String at = JobParameterRules.given(parameters, "at");
		return new HealthCheckParameters((at != null) ? Instant.parse(at) : null);
	}

}
