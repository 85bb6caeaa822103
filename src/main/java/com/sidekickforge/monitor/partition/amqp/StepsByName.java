package com.sidekickforge.monitor.partition.amqp;

import java.util.List;

import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The worker steps of this process by their step names (Spring Batch's {@code BeanFactoryStepLocator} looks steps up
 * by bean name, which differs from the step name here). Looked up when a request comes, after every step is built.
 */
final class StepsByName implements StepLocator {

	private final ObjectProvider<Step> steps;

	StepsByName(ObjectProvider<Step> steps) {
		this.steps = steps;
	}

	@Override
	public Step getStep(String stepName) {
		List<Step> named = this.steps.stream().filter((step) -> step.getName().equals(stepName)).toList();
		if (named.isEmpty()) {
			throw new IllegalStateException("No step named " + stepName + " on this node");
		}
		return named.getFirst();
	}

}
