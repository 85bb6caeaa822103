package com.sidekickforge.monitor.config;

import java.time.ZoneId;
import java.util.Map;

/**
 * One schedule of {@code jobs/}: which job runs when, in which time zone, and with which parameters.
 *
 * @param cron a Quartz cron expression, read in {@code zone}'s wall-clock time
 * @param misfire {@code fire-once} (a run missed while down happens once on start) or {@code skip}
 * @param parameters the job's parameters (lists joined with commas)
 */
public record Schedule(String name, String job, String cron, ZoneId zone, String misfire, boolean enabled,
		String description, Map<String, String> parameters) {
}
