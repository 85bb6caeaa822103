package com.sidekickforge.monitor.observe;

import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.run.RunListener;
import com.sidekickforge.monitor.run.RunOutcome;

/**
 * Every run this node finished (scheduled or manual): its duration by job and outcome, and the rows its steps read
 * and wrote.
 */
@Component
@ConditionalOnWebApplication
class JobRunMetrics implements RunListener {

	private final MeterRegistry registry;

	JobRunMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void ended(RunOutcome outcome, Map<String, String> parameters) {
		Timer.builder("forge.job.duration")
			.description("How long job runs took, by job and outcome")
			.tag("job", outcome.job())
			.tag("status", outcome.status().toLowerCase(Locale.ROOT))
			.register(this.registry)
			.record(outcome.duration());
		Counter.builder("forge.job.rows.read").tag("job", outcome.job()).register(this.registry)
			.increment(outcome.rowsRead());
		Counter.builder("forge.job.rows.written").tag("job", outcome.job()).register(this.registry)
			.increment(outcome.rowsWritten());
	}

}
