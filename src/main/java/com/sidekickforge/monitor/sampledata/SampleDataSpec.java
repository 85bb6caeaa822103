package com.sidekickforge.monitor.sampledata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.util.Assert;

/**
 * What to generate: how many clients, how much activity and over which months.
 *
 * @param seed the same seed gives the same rows
 * @param clients number of clients (the first twelve are the demo's hand-picked cases)
 * @param asOf the last day with activity
 * @param zone the billing time zone ({@code forge.timezone}): months of {@code agent_usage} are months here
 * @param months months of history, the as-of month included
 * @param volumeScale multiplies every client's activity (1 = quotas used as the demo's profiles say)
 * @param notAfter no row is timestamped after this instant (a call still running then has no end yet)
 */
public record SampleDataSpec(long seed, int clients, LocalDate asOf, ZoneId zone, int months, double volumeScale,
		Instant notAfter) {

	public SampleDataSpec {
		Assert.isTrue(clients >= 1, "clients must be at least 1");
		Assert.notNull(asOf, "asOf must not be null");
		Assert.notNull(zone, "zone must not be null");
		Assert.isTrue(months >= 1 && months <= 120, "months must be between 1 and 120");
		Assert.isTrue(volumeScale > 0, "volumeScale must be positive");
		Assert.notNull(notAfter, "notAfter must not be null");
	}

	/** The demo's defaults: 13 months of history ending with the whole as-of day. */
	public static SampleDataSpec of(long seed, int clients, LocalDate asOf, ZoneId zone) {
		return new SampleDataSpec(seed, clients, asOf, zone, 13, 1.0, endOfDay(asOf, zone));
	}

	public SampleDataSpec withVolumeScale(double scale) {
		return new SampleDataSpec(this.seed, this.clients, this.asOf, this.zone, this.months, scale, this.notAfter);
	}

	public SampleDataSpec withNotAfter(Instant instant) {
		return new SampleDataSpec(this.seed, this.clients, this.asOf, this.zone, this.months, this.volumeScale,
				instant);
	}

	/** The first day of history: the first day of the month {@code months - 1} before the as-of month. */
	public LocalDate historyStart() {
		return this.asOf.withDayOfMonth(1).minusMonths(this.months - 1L);
	}

	static Instant endOfDay(LocalDate day, ZoneId zone) {
		return day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
	}

}
