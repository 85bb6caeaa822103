package com.sidekickforge.monitor.schedule;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;

import com.sidekickforge.monitor.config.Schedule;

/**
 * Puts the schedules of {@code jobs/} into Quartz and keeps them in step with the files: one durable Quartz job
 * per schedule, and one trigger for its next fire time only (computed by {@link FireTimes}, which Quartz's cron
 * trigger would get wrong on daylight-saving nights); each fire schedules the next. A changed schedule is
 * replaced, a removed or disabled one deleted. Several nodes may load at once: they write the same keys.
 */
public class ScheduleLoader {

	static final String GROUP = "forge";

	static final String NAME = "name";

	static final String JOB = "job";

	static final String CRON = "cron";

	static final String ZONE = "zone";

	static final String MISFIRE = "misfire";

	static final String FINGERPRINT = "fingerprint";

	/** The fire time a trigger stands for (a misfired trigger fires later, but is still that fire). */
	static final String AT = "at";

	private static final String PARAMETER = "parameter.";

	/** Puts the schedules in place as of {@code now}; returns how many are active. */
	public int load(Scheduler scheduler, List<Schedule> schedules, Instant now) throws SchedulerException {
		Set<String> wanted = schedules.stream().filter(Schedule::enabled).map(Schedule::name).collect(Collectors.toSet());
		for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
			if (!wanted.contains(key.getName())) {
				scheduler.deleteJob(key);
			}
		}
		for (Schedule schedule : schedules) {
			if (!schedule.enabled()) {
				continue;
			}
			JobKey key = JobKey.jobKey(schedule.name(), GROUP);
			JobDetail existing = scheduler.getJobDetail(key);
			String fingerprint = schedule.toString();
			if (existing != null && fingerprint.equals(existing.getJobDataMap().getString(FINGERPRINT))
					&& !scheduler.getTriggersOfJob(key).isEmpty()) {
				continue;
			}
			JobDataMap data = new JobDataMap();
			data.put(NAME, schedule.name());
			data.put(JOB, schedule.job());
			data.put(CRON, schedule.cron());
			data.put(ZONE, schedule.zone().getId());
			data.put(MISFIRE, schedule.misfire());
			data.put(FINGERPRINT, fingerprint);
			schedule.parameters().forEach((name, value) -> data.put(PARAMETER + name, value));
			JobDetail job = JobBuilder.newJob(ScheduledRun.class)
				.withIdentity(key)
				.withDescription(schedule.description())
				.usingJobData(data)
				.storeDurably()
				.requestRecovery()
				.build();
			scheduler.addJob(job, true);
			for (Trigger trigger : scheduler.getTriggersOfJob(key)) {
				scheduler.unscheduleJob(trigger.getKey());
			}
			var next = new FireTimes(schedule.cron(), schedule.zone()).next(now);
			if (next != null) {
				scheduleFire(scheduler, key, schedule.name(), next.toInstant());
			}
		}
		return wanted.size();
	}

	/** A trigger for one fire time; its key names the time, so two nodes scheduling it write one trigger. */
	void scheduleFire(Scheduler scheduler, JobKey job, String name, Instant at) throws SchedulerException {
		Trigger trigger = TriggerBuilder.newTrigger()
			.withIdentity(name + "@" + at, GROUP)
			.forJob(job)
			.usingJobData(AT, at.toString())
			.startAt(Date.from(at))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build();
		try {
			scheduler.scheduleJob(trigger);
		}
		catch (ObjectAlreadyExistsException ex) {
			// another node scheduled the same fire: one trigger, as wanted
		}
	}

	/** The job parameters a schedule carries. */
	static Map<String, String> parameters(JobDataMap data) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String key : data.getKeys()) {
			if (key.startsWith(PARAMETER)) {
				parameters.put(key.substring(PARAMETER.length()), data.getString(key));
			}
		}
		return parameters;
	}

}
