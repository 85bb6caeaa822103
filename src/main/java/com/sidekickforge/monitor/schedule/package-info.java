/**
 * Schedules: when each schedule of {@code jobs/} fires, in its own time zone, and (with {@code serve}) the
 * scheduler that launches the batch jobs at those times.
 */
package com.sidekickforge.monitor.schedule;
