package com.sidekickforge.monitor.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * The Quartz job of every schedule, kept thin (as spring-batch's {@code JobLauncherDetails}): it hands the fire
 * to the {@link ScheduleLauncher} the scheduler carries in its context. One run of a schedule at a time.
 */
@DisallowConcurrentExecution
public class ScheduledRun implements Job {

	static final String LAUNCHER = "forge.launcher";

	@Override
	public void execute(JobExecutionContext context) throws JobExecutionException {
		try {
			((ScheduleLauncher) context.getScheduler().getContext().get(LAUNCHER)).fired(context);
		}
		catch (SchedulerException ex) {
			throw new JobExecutionException(ex);
		}
	}

}
