package com.sidekickforge.monitor.quota;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * When a quota will be reached at the current pace: the period's use so far spread evenly over the time
 * elapsed since the period began (at least one hour, so a busy first minute does not project absurdly).
 *
 * @param perDay the current pace, units per day
 * @param reachedOn the day (billing zone) the limit is reached at this pace; null when unlimited, already
 * reached, nothing used yet, or not before the period ends
 * @param alreadyReached whether used is at or above the limit
 */
public record Projection(double perDay, LocalDate reachedOn, boolean alreadyReached) {

	public static Projection of(Quota quota, LocalDate periodStart, Instant now, ZoneId zone) {
		Instant start = periodStart.atStartOfDay(zone).toInstant();
		double days = Math.max(Duration.between(start, now).toMillis(), Duration.ofHours(1).toMillis())
				/ (double) Duration.ofDays(1).toMillis();
		double perDay = quota.used() / days;
		if (quota.unlimited()) {
			return new Projection(perDay, null, false);
		}
		if (quota.used() >= quota.limit()) {
			return new Projection(perDay, null, true);
		}
		if (perDay <= 0) {
			return new Projection(perDay, null, false);
		}
		double daysLeft = (quota.limit() - quota.used()) / perDay;
		LocalDate reached = LocalDate.ofInstant(now.plusMillis((long) (daysLeft * Duration.ofDays(1).toMillis())), zone);
		LocalDate periodEnd = YearMonth.from(periodStart).atEndOfMonth();
		return new Projection(perDay, reached.isAfter(periodEnd) ? null : reached, false);
	}

}
