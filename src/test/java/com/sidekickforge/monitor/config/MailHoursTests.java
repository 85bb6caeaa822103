package com.sidekickforge.monitor.config;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Quiet hours and digest times on a person's own clock, worked out by hand, across daylight saving changes. */
class MailHoursTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final MailHours NIGHTS = new MailHours(BERLIN, LocalTime.of(22, 0), LocalTime.of(7, 0), false, null);

	@Test
	void aMailInTheNightWaitsForSevenOnTheRecipientsClock() {
		// 23:30 CEST (UTC+2) on Saturday 24 Oct 2026; clocks go back at 03:00 on the 25th: 07:00 CET is 06:00 UTC.
		assertThat(NIGHTS.release(Instant.parse("2026-10-24T21:30:00Z"), false))
			.isEqualTo(Instant.parse("2026-10-25T06:00:00Z"));
		// 23:00 CET (UTC+1) on Saturday 28 Mar 2026; clocks go forward at 02:00: 07:00 CEST is 05:00 UTC.
		assertThat(NIGHTS.release(Instant.parse("2026-03-28T22:00:00Z"), false))
			.isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
		// 05:00 CET, after midnight: the same morning's 07:00.
		assertThat(NIGHTS.release(Instant.parse("2026-11-20T04:00:00Z"), false))
			.isEqualTo(Instant.parse("2026-11-20T06:00:00Z"));
	}

	@Test
	void outsideTheQuietHoursAndAtTheLimitWhenAskedAMailGoesAtOnce() {
		Instant noon = Instant.parse("2026-11-20T11:00:00Z");
		assertThat(NIGHTS.release(noon, false)).isEqualTo(noon);
		// 07:00 CET sharp: the quiet hours are over.
		assertThat(NIGHTS.release(Instant.parse("2026-11-20T06:00:00Z"), false))
			.isEqualTo(Instant.parse("2026-11-20T06:00:00Z"));
		Instant night = Instant.parse("2026-11-20T23:00:00Z");
		assertThat(NIGHTS.release(night, true)).as("not woken unless asked").isAfter(night);
		MailHours woken = new MailHours(BERLIN, LocalTime.of(22, 0), LocalTime.of(7, 0), true, null);
		assertThat(woken.release(night, true)).isEqualTo(night);
		assertThat(woken.release(night, false)).isEqualTo(Instant.parse("2026-11-21T06:00:00Z"));
		// Quiet hours within a day (a lunch break, 12:00-14:00 CET): 12:30 waits for 14:00.
		MailHours lunch = new MailHours(BERLIN, LocalTime.of(12, 0), LocalTime.of(14, 0), false, null);
		assertThat(lunch.release(Instant.parse("2026-11-20T11:30:00Z"), false))
			.isEqualTo(Instant.parse("2026-11-20T13:00:00Z"));
		assertThat(lunch.release(Instant.parse("2026-11-20T13:00:00Z"), false))
			.isEqualTo(Instant.parse("2026-11-20T13:00:00Z"));
	}

	@Test
	void anAlertGoesIntoTheNextDigestOnTheRecipientsClock() {
		MailHours digest = new MailHours(ZoneId.of("America/New_York"), null, null, false, LocalTime.of(8, 0));
		// 07:59 EST: today's 08:00 (13:00 UTC); 08:01: tomorrow's.
		assertThat(digest.nextDigest(Instant.parse("2026-11-19T12:59:00Z")))
			.isEqualTo(Instant.parse("2026-11-19T13:00:00Z"));
		assertThat(digest.nextDigest(Instant.parse("2026-11-19T13:01:00Z")))
			.isEqualTo(Instant.parse("2026-11-20T13:00:00Z"));
		// Saturday 31 Oct 2026 09:00 EDT: the next 08:00 is Sunday's, after New York's clocks went back (EST, UTC-5).
		assertThat(digest.nextDigest(Instant.parse("2026-10-31T13:00:00Z")))
			.isEqualTo(Instant.parse("2026-11-01T13:00:00Z"));
	}

}
