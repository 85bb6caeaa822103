package com.sidekickforge.monitor.outbox;

import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;

import com.sidekickforge.monitor.config.JobDeclaration;
import com.sidekickforge.monitor.config.ParameterRule;
import com.sidekickforge.monitor.run.JobParameterRules;

/**
 * The parameters of an {@code outbox-retry} run.
 *
 * @param idPrefix queue again only the dead-lettered and unconfirmed messages whose message or event id starts so
 * (null: all of them)
 */
public record OutboxRetryParameters(String idPrefix) {

	/** What an {@code outbox-retry} run takes; a schedule sets none. */
	public static final JobDeclaration DECLARATION = new JobDeclaration(OutboxConfiguration.RETRY_JOB,
			List.of(JobDeclaration.byHand("id", ParameterRule.ID_PREFIX,
					"only the messages whose message or event id starts so (default every dead-lettered and unconfirmed one)")));

	static OutboxRetryParameters of(JobParameters parameters) {
		String id = JobParameterRules.given(parameters, "id");
		return new OutboxRetryParameters((id != null) ? id.trim() : null);
	}

}
