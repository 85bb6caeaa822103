package com.sidekickforge.monitor.sampledata;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * When people talk to sidekicks: more on weekdays than at weekends, mostly in business hours of the
 * client's own time zone, with a lunch dip and a quiet night.
 */
final class ActivityCalendar {

	private static final double[] WEEKDAY_FACTOR = { 1.05, 1.12, 1.10, 1.08, 0.95, 0.45, 0.30 };

	private static final double[] WORKDAY_HOURS = { 0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.5, 1.2, 2.6, 4.2, 5.0, 5.0,
			3.4, 4.0, 4.8, 4.6, 3.8, 2.6, 1.8, 1.5, 1.2, 0.9, 0.5, 0.3 };

	private static final double[] WEEKEND_HOURS = { 0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 0.7, 1.2, 1.8, 2.4, 2.6, 2.4,
			2.2, 2.2, 2.1, 2.0, 1.9, 1.8, 1.7, 1.5, 1.2, 0.8, 0.5 };

	private static final double[] WORKDAY_CUMULATIVE = cumulative(WORKDAY_HOURS);

	private static final double[] WEEKEND_CUMULATIVE = cumulative(WEEKEND_HOURS);

	private ActivityCalendar() {
	}

	static double dayWeight(LocalDate day) {
		return WEEKDAY_FACTOR[day.getDayOfWeek().getValue() - 1];
	}

	/** A moment of the day, drawn from the hourly profile of that weekday, in the client's zone. */
	static Instant momentOf(LocalDate day, ZoneId zone, SplittableRandom random) {
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		double[] cumulative = weekend ? WEEKEND_CUMULATIVE : WORKDAY_CUMULATIVE;
		double draw = random.nextDouble() * cumulative[23];
		int hour = 0;
		while (cumulative[hour] < draw) {
			hour++;
		}
		int secondOfHour = random.nextInt(3600);
		return day.atTime(hour, secondOfHour / 60, secondOfHour % 60).atZone(zone).toInstant();
	}

	private static double[] cumulative(double[] weights) {
		double[] out = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			out[i] = sum;
		}
		return out;
	}

}
