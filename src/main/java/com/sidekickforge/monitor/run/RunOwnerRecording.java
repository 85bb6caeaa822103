package com.sidekickforge.monitor.run;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Every job, whoever declares it, records which process runs each of its executions before its first step, so that
 * a run left marked as running by a killed process is known to be dead ({@link DeadRuns}) rather than guessed from
 * its silence.
 */
@Component
class RunOwnerRecording implements BeanPostProcessor {

	private final ObjectProvider<JobRepository> repository;

	private final RunOwner owner = RunOwner.current();

	RunOwnerRecording(ObjectProvider<JobRepository> repository) {
		this.repository = repository;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractJob job) {
			job.registerJobExecutionListener(new JobExecutionListener() {

				@Override
				public void beforeJob(JobExecution execution) {
					execution.getExecutionContext().putString(RunOwner.KEY, RunOwnerRecording.this.owner.toString());
					// Saved now, not with the first step's end: a process killed in its first step is known too.
					RunOwnerRecording.this.repository.getObject().updateExecutionContext(execution);
				}

			});
		}
		return bean;
	}

}
