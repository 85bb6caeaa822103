package com.sidekickforge.monitor.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * When a person takes alert mails, in their own time zone ({@code recipients.yml}: {@code timezone},
 * {@code quiet-hours}, {@code wake-at-limit}, {@code digest-at}). Webhooks never ask: machines do not sleep.
 *
 * @param quietFrom the start of the quiet hours, null for none
 * @param quietTo their end (before {@code quietFrom} when they span midnight)
 * @param wakeAtLimit whether a quota reaching its limit (the 100 % threshold) is mailed at once all the same
 * @param digestAt the local time of the daily digest that gathers their alerts instead of one mail each; null for
 * none
 */
public record MailHours(ZoneId zone, LocalTime quietFrom, LocalTime quietTo, boolean wakeAtLimit,
		LocalTime digestAt) {

	/** No quiet hours and no digest: every alert is mailed when it is announced (the zone then plays no part). */
	public static final MailHours ANY_TIME = new MailHours(ZoneOffset.UTC, null, null, false, null);

	public MailHours {
		if ((quietFrom == null) != (quietTo == null) || (quietFrom != null && quietFrom.equals(quietTo))) {
			throw new IllegalArgumentException("quiet hours need a start and a different end");
		}
	}

	public boolean digest() {
		return this.digestAt != null;
	}

	/**
	 * When an alert announced at {@code now} may be mailed: {@code now}, or the end of the quiet hours it falls in
	 * (the next time the clock on their wall shows {@code quietTo}, whatever daylight saving did in between).
	 *
	 * @param limit whether the alert is a quota reaching its limit
	 */
	public Instant release(Instant now, boolean limit) {
		if (this.quietFrom == null || (limit && this.wakeAtLimit)) {
			return now;
		}
		ZonedDateTime local = now.atZone(this.zone);
		LocalTime time = local.toLocalTime();
		LocalDate day = local.toLocalDate();
		boolean spansMidnight = this.quietFrom.isAfter(this.quietTo);
		if (spansMidnight) {
			if (!time.isBefore(this.quietFrom)) {
				return at(day.plusDays(1), this.quietTo);
			}
			return time.isBefore(this.quietTo) ? at(day, this.quietTo) : now;
		}
		return (!time.isBefore(this.quietFrom) && time.isBefore(this.quietTo)) ? at(day, this.quietTo) : now;
	}

	/** The digest an alert announced at {@code now} goes into: the next {@code digestAt} on their clock, or now. */
	public Instant nextDigest(Instant now) {
		ZonedDateTime local = now.atZone(this.zone);
		Instant today = at(local.toLocalDate(), this.digestAt);
		return today.isBefore(now) ? at(local.toLocalDate().plusDays(1), this.digestAt) : today;
	}

	/** A wall-clock time of a day in the zone; in a spring-forward gap, the same time after the jump. */
	private Instant at(LocalDate day, LocalTime time) {
		return ZonedDateTime.of(day, time, this.zone).toInstant();
	}

}
