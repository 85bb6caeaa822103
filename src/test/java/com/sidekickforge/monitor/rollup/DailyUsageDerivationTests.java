package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.sidekickforge.monitor.source.DayRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Daily usage from snapshots, checked against differences computed by hand. */
class DailyUsageDerivationTests {

	private static final UUID CLIENT = UUID.randomUUID();

	private static final UUID AGENT = UUID.randomUUID();

	private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

	private static final DayRange WHOLE_NOVEMBER = new DayRange(NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth(),
			ZoneId.of("UTC"));

	@Test
	void aNewPeriodStartsFromZeroAndMissedDaysShareTheDifferenceEvenly() {
		List<SnapshotReading> snapshots = List.of(reading(1, 100, 10, 0), reading(2, 250, 14, 0), reading(3, 250, 14, 0),
				reading(6, 350, 15, 5));

		List<DailyUsageRow> rows = DailyUsageDerivation.derive(CLIENT, NOVEMBER, snapshots, day(-1), Map.of(),
				WHOLE_NOVEMBER);

		assertThat(rows).extracting(DailyUsageRow::day, DailyUsageRow::usage, DailyUsageRow::origin)
			.containsExactly(tuple(day(1), new Counters(100, 10, 0), Origin.SNAPSHOT),
					tuple(day(2), new Counters(150, 4, 0), Origin.SNAPSHOT),
					tuple(day(4), new Counters(34, 1, 2), Origin.SPREAD),
					tuple(day(5), new Counters(33, 0, 2), Origin.SPREAD),
					tuple(day(6), new Counters(33, 0, 1), Origin.SPREAD));
	}

	@Test
	void aCounterThatGoesDownIsAResetCountedFromZeroNeverNegative() {
		List<SnapshotReading> snapshots = List.of(reading(1, 400, 40, 7), reading(2, 30, 45, 7));

		List<DailyUsageRow> rows = DailyUsageDerivation.derive(CLIENT, NOVEMBER, snapshots, day(-1), Map.of(),
				WHOLE_NOVEMBER);

		assertThat(rows).hasSize(2);
		DailyUsageRow reset = rows.get(1);
		assertThat(reset.usage()).isEqualTo(new Counters(30, 5, 0));
		assertThat(reset.counterResets()).containsExactly("voice_seconds");
	}

	@Test
	void daysUpToTheFirstSnapshotAndAfterTheLatestAreEstimatedFromEvents() {
		List<SnapshotReading> snapshots = List.of(reading(10, 500, 50, 0), reading(11, 600, 52, 0));
		Map<UUID, Map<LocalDate, Counters>> estimates = Map.of(AGENT, Map.of(day(9), new Counters(60, 6, 0), day(10),
				new Counters(70, 5, 0), day(11), new Counters(999, 9, 9), day(12), new Counters(80, 3, 1)));

		List<DailyUsageRow> rows = DailyUsageDerivation.derive(CLIENT, NOVEMBER, snapshots, day(10), estimates,
				WHOLE_NOVEMBER);

		assertThat(rows).extracting(DailyUsageRow::day, DailyUsageRow::usage, DailyUsageRow::origin)
			.containsExactlyInAnyOrder(tuple(day(9), new Counters(60, 6, 0), Origin.ESTIMATED),
					tuple(day(10), new Counters(70, 5, 0), Origin.ESTIMATED),
					tuple(day(11), new Counters(100, 2, 0), Origin.SNAPSHOT),
					tuple(day(12), new Counters(80, 3, 1), Origin.ESTIMATED));
	}

	@Test
	void aSidekickWhoseRowAppearsLaterCountsFromTheSnapshotBefore() {
		UUID newcomer = UUID.randomUUID();
		List<SnapshotReading> snapshots = List.of(reading(1, 10, 1, 0), reading(2, 20, 2, 0), reading(3, 30, 3, 0),
				new SnapshotReading(newcomer, day(3), new Counters(40, 4, 0)));

		List<DailyUsageRow> rows = DailyUsageDerivation.derive(CLIENT, NOVEMBER, snapshots, day(-1), Map.of(),
				WHOLE_NOVEMBER);

		assertThat(rows).filteredOn((row) -> row.agentId().equals(newcomer))
			.extracting(DailyUsageRow::day, DailyUsageRow::usage, DailyUsageRow::origin)
			.containsExactly(tuple(day(3), new Counters(40, 4, 0), Origin.SNAPSHOT));
	}

	@Test
	void onlyDaysOfTheRequestedRangeAreReturned() {
		List<SnapshotReading> snapshots = List.of(reading(1, 100, 1, 0), reading(4, 400, 4, 0));
		DayRange third = new DayRange(day(3), day(3), ZoneId.of("UTC"));

		List<DailyUsageRow> rows = DailyUsageDerivation.derive(CLIENT, NOVEMBER, snapshots, day(-1), Map.of(), third);

		assertThat(rows).extracting(DailyUsageRow::day, DailyUsageRow::usage)
			.containsExactly(tuple(day(3), new Counters(100, 1, 0)));
	}

	@Test
	void aGapIsADifferenceBeyondBothThePercentAndTheMinimum() {
		List<TrackingGap> gaps = TrackingGap.between(CLIENT, day(1), day(20), new Counters(1000, 100, 0),
				new Counters(1040, 120, 5000), 5, 10);

		assertThat(gaps).extracting(TrackingGap::metric, TrackingGap::counterTotal, TrackingGap::eventTotal)
			.containsExactly(tuple("text_messages", 100L, 120L), tuple("embedding_chunks", 0L, 5000L));
	}

	private static SnapshotReading reading(int dayOfMonth, long voice, long text, long chunks) {
		return new SnapshotReading(AGENT, day(dayOfMonth), new Counters(voice, text, chunks));
	}

	/** A November day; 0 and below count back into October. */
	private static LocalDate day(int dayOfMonth) {
		return NOVEMBER.atDay(1).plusDays(dayOfMonth - 1L);
	}

}
