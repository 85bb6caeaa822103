package com.sidekickforge.monitor.source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.springframework.util.Assert;

/**
 * Whole days from {@code first} to {@code last} (inclusive) in a time zone: the unit every event query
 * is cut in. Also writes the SQL that turns a timestamp into its local day and hour, alike on H2 and
 * PostgreSQL (H2 casts {@code AT TIME ZONE} results to the wrong date, but extracts fields right).
 */
public record DayRange(LocalDate first, LocalDate last, ZoneId zone) {

	private static final Pattern SAFE_ZONE = Pattern.compile("[A-Za-z0-9/_+\\-:]+");

	public DayRange {
		Assert.notNull(first, "first must not be null");
		Assert.notNull(last, "last must not be null");
		Assert.isTrue(!last.isBefore(first), () -> "last (" + last + ") must not be before first (" + first + ")");
		Assert.isTrue(SAFE_ZONE.matcher(zone.getId()).matches(), "unexpected zone id " + zone.getId());
	}

	public Instant start() {
		return this.first.atStartOfDay(this.zone).toInstant();
	}

	/** The instant right after the last day. */
	public Instant end() {
		return this.last.plusDays(1).atStartOfDay(this.zone).toInstant();
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.first) && !day.isAfter(this.last);
	}

	/** SQL giving the local day of a timestamp column as yyyymmdd; read it back with {@link #day(int)}. */
	public String daySql(String column) {
		String local = column + " AT TIME ZONE '" + this.zone.getId() + "'";
		return "(EXTRACT(YEAR FROM " + local + ") * 10000 + EXTRACT(MONTH FROM " + local + ") * 100 + EXTRACT(DAY FROM "
				+ local + "))";
	}

	public String hourSql(String column) {
		return "EXTRACT(HOUR FROM " + column + " AT TIME ZONE '" + this.zone.getId() + "')";
	}

	public static LocalDate day(int yyyymmdd) {
		return LocalDate.of(yyyymmdd / 10000, (yyyymmdd / 100) % 100, yyyymmdd % 100);
	}

}
