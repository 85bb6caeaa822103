package com.sidekickforge.monitor.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fire times in a schedule's own zone across daylight-saving changes: no run skipped, none doubled. */
class FireTimesTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void aDailyJobAtTwoThirtyStillRunsOnTheNightTheClocksSpringForward() {
		// 29 March 2026: 02:00 CET jumps to 03:00 CEST, 02:30 does not exist that night.
		List<ZonedDateTime> fires = new FireTimes("0 30 2 * * ?", BERLIN).after(Instant.parse("2026-03-27T12:00:00Z"), 4);

		assertThat(fires).extracting(ZonedDateTime::toInstant).containsExactly(Instant.parse("2026-03-28T01:30:00Z"),
				Instant.parse("2026-03-29T01:30:00Z"), Instant.parse("2026-03-30T00:30:00Z"),
				Instant.parse("2026-03-31T00:30:00Z"));
		assertThat(fires.get(1).toLocalTime()).hasToString("03:30");
	}

	@Test
	void aDailyJobAtTwoThirtyRunsOnceOnTheNightTheClocksFallBack() {
		// 25 October 2026: 03:00 CEST goes back to 02:00 CET, 02:30 happens twice that night.
		List<ZonedDateTime> fires = new FireTimes("0 30 2 * * ?", BERLIN).after(Instant.parse("2026-10-23T12:00:00Z"), 3);

		assertThat(fires).extracting(ZonedDateTime::toInstant).containsExactly(Instant.parse("2026-10-24T00:30:00Z"),
				Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-26T01:30:00Z"));
	}

	@Test
	void askedBetweenTheTwoPassesOfTheRepeatedHourItDoesNotRunAgain() {
		ZonedDateTime next = new FireTimes("0 30 2 * * ?", BERLIN).next(Instant.parse("2026-10-25T01:00:00Z"));

		assertThat(next.toInstant()).isEqualTo(Instant.parse("2026-10-26T01:30:00Z"));
	}

	@Test
	void aFrequentJobRunsAtEveryRealInstantOnceAcrossBothChanges() {
		FireTimes everyFifteen = new FireTimes("0 */15 * * * ?", BERLIN);

		List<ZonedDateTime> spring = everyFifteen.after(Instant.parse("2026-03-29T00:00:00Z"), 8);
		List<ZonedDateTime> autumn = everyFifteen.after(Instant.parse("2026-10-24T23:50:00Z"), 12);

		// 01:00 CET = 00:00Z, then the clock jumps: every quarter hour of real time once, none twice.
		assertThat(spring).extracting(ZonedDateTime::toInstant).doesNotHaveDuplicates().isSorted();
		assertThat(spring.get(0).toInstant()).isEqualTo(Instant.parse("2026-03-29T00:15:00Z"));
		assertThat(spring.get(7).toInstant()).isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
		assertThat(autumn).extracting(ZonedDateTime::toInstant).doesNotHaveDuplicates().isSorted();
	}

	@Test
	void timesAreReadInTheSchedulesZoneNotTheServers() {
		ZonedDateTime monday = new FireTimes("0 0 7 ? * MON", BERLIN).next(Instant.parse("2026-11-25T12:00:00Z"));
		ZonedDateTime tokyo = new FireTimes("0 0 7 ? * MON", ZoneId.of("Asia/Tokyo")).next(Instant.parse("2026-11-25T12:00:00Z"));

		assertThat(monday.toInstant()).isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
		assertThat(tokyo.toInstant()).isEqualTo(Instant.parse("2026-11-29T22:00:00Z"));
	}

	@Test
	void aBadCronSaysWhatIsWrong() {
		assertThatThrownBy(() -> new FireTimes("0 61 * * * ?", BERLIN)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("invalid cron '0 61 * * * ?'");
	}

}
