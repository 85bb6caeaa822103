package com.sidekickforge.monitor.schedule;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.quartz.CronExpression;

/**
 * When a cron schedule fires: the expression is read in the wall-clock time of its zone, and daylight-saving
 * changes neither skip nor double a run. A wall-clock time that does not exist (spring forward, 02:30 on the
 * last Sunday of March in Berlin) fires as much later as the clock jumped (03:30); one that happens twice (fall
 * back) fires once, at its first occurrence. Quartz's own cron trigger skips the first case entirely.
 */
public final class FireTimes {

	private final CronExpression wallClock;

	private final ZoneId zone;

	public FireTimes(String cron, ZoneId zone) {
		try {
			this.wallClock = new CronExpression(cron);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("invalid cron '" + cron + "': " + ex.getMessage(), ex);
		}
		// The expression walks wall-clock times; UTC has no gaps or overlaps to get in the way.
		this.wallClock.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
		this.zone = zone;
	}

	/** The next {@code count} fire times strictly after an instant, in the schedule's zone. */
	public List<ZonedDateTime> after(Instant after, int count) {
		List<ZonedDateTime> times = new ArrayList<>(count);
		LocalDateTime wall = LocalDateTime.ofInstant(after, this.zone);
		Instant last = after;
		// A wall-clock time may map to an instant already passed (an overlap's second pass, a gap shifted onto
		// a later time): those are not fired again. Bounded, in case an expression has no future at all.
		for (int guard = 0; times.size() < count && guard < count * 1000 + 10_000; guard++) {
			Date next = this.wallClock.getNextValidTimeAfter(Date.from(wall.toInstant(ZoneOffset.UTC)));
			if (next == null) {
				break;
			}
			wall = LocalDateTime.ofInstant(next.toInstant(), ZoneOffset.UTC);
			ZonedDateTime fire = ZonedDateTime.ofLocal(wall, this.zone, null);
			if (fire.toInstant().isAfter(last)) {
				times.add(fire);
				last = fire.toInstant();
			}
		}
		return List.copyOf(times);
	}

	/** The next fire time after an instant, or null when the expression has none. */
	public ZonedDateTime next(Instant after) {
		List<ZonedDateTime> next = after(after, 1);
		return next.isEmpty() ? null : next.get(0);
	}

}
