package com.sidekickforge.monitor.rollup;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;

/**
 * Adds up the event step's partitions, and collects the units each read or could not read into the manager step,
 * from where they are promoted to the job: the daily-usage step skips the clients of failed databases, and a
 * re-run reads only what is not done.
 */
final class EventUnitsAggregator implements StepExecutionAggregator {

	private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();

	@Override
	public void aggregate(StepExecution result, Collection<StepExecution> executions) {
		this.counts.aggregate(result, executions);
		for (String key : new String[] { EventTasklet.DONE, EventTasklet.FAILED }) {
			Set<String> units = new LinkedHashSet<>();
			for (StepExecution execution : executions) {
				units.addAll(EventTasklet.keys(execution.getExecutionContext(), key));
			}
			result.getExecutionContext().putString(key, String.join(",", units));
		}
	}

}
