package com.sidekickforge.monitor.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sidekickforge.monitor.run.JobRuns;
import com.sidekickforge.monitor.run.RunOutcome;

/**
 * What happens when a schedule fires: first its next fire time is scheduled (so a failing job never stops its
 * schedule), then, unless the fire came too late for a {@code skip} schedule, the batch job runs with the
 * schedule's parameters plus the schedule's name and the fire time. A fire recovered from a node that died
 * restarts that node's run where it stopped.
 */
public class ScheduleLauncher {

	private static final Logger logger = LoggerFactory.getLogger(ScheduleLauncher.class);

	private final JobRuns jobs;

	private final ScheduleLoader loader;

	private final Clock clock;

	private final Duration misfireThreshold;

	public ScheduleLauncher(JobRuns jobs, ScheduleLoader loader, Clock clock, Duration misfireThreshold) {
		this.jobs = jobs;
		this.loader = loader;
		this.clock = clock;
		this.misfireThreshold = misfireThreshold;
	}

	void fired(JobExecutionContext context) throws SchedulerException {
		JobDataMap data = context.getMergedJobDataMap();
		String name = data.getString(ScheduleLoader.NAME);
		// The fire this trigger stands for: after a misfire Quartz fires it later, and reports that as its time.
		String at = context.getTrigger().getJobDataMap().getString(ScheduleLoader.AT);
		Instant fireTime = (at != null) ? Instant.parse(at) : context.getScheduledFireTime().toInstant();
		FireTimes times = new FireTimes(data.getString(ScheduleLoader.CRON), ZoneId.of(data.getString(ScheduleLoader.ZONE)));
		ZonedDateTime next = times.next(fireTime);
		if (next != null && !context.isRecovering()) {
			this.loader.scheduleFire(context.getScheduler(), context.getJobDetail().getKey(), name, next.toInstant());
		}
		Instant now = this.clock.instant();
		if ("skip".equals(data.getString(ScheduleLoader.MISFIRE)) && now.isAfter(fireTime.plus(this.misfireThreshold))) {
			logger.info("Schedule {}: the fire of {} came {} late, skipped (misfire: skip)", name, fireTime,
					Duration.between(fireTime, now));
			return;
		}
		Map<String, String> parameters = new LinkedHashMap<>(ScheduleLoader.parameters(data));
		parameters.put("schedule", name);
		parameters.put("fired", fireTime.toString());
		try {
			RunOutcome outcome = this.jobs.run(data.getString(ScheduleLoader.JOB), parameters, context.isRecovering());
			logger.info("Schedule {} fired at {}: {} {}", name, fireTime, outcome.job(), outcome.status());
		}
		catch (RuntimeException ex) {
			logger.error("Schedule {} fired at {}: {} could not run: {}", name, fireTime, data.getString(ScheduleLoader.JOB),
					ex.getMessage());
		}
	}

}
