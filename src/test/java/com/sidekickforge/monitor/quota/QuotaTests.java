package com.sidekickforge.monitor.quota;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Percent, level, thresholds and projection of one quota, at their boundaries. */
class QuotaTests {

	private static final List<Integer> THRESHOLDS = List.of(80, 90, 100);

	@Test
	void aThresholdIsReachedAtExactlyItsPercent() {
		assertThat(voice(4794, 6000).reached(THRESHOLDS)).isEmpty(); // 79.9 %
		assertThat(voice(4799, 6000).reached(THRESHOLDS)).isEmpty(); // 79.98 %
		assertThat(voice(4800, 6000).reached(THRESHOLDS)).containsExactly(80);
		assertThat(voice(5999, 6000).reached(THRESHOLDS)).containsExactly(80, 90);
		assertThat(voice(6000, 6000).reached(THRESHOLDS)).containsExactly(80, 90, 100);
		assertThat(voice(9000, 6000).reached(THRESHOLDS)).containsExactly(80, 90, 100);
	}

	@Test
	void anUnlimitedQuotaHasNoPercentAndReachesNothing() {
		Quota unlimited = voice(10_000_000, 0);
		assertThat(unlimited.unlimited()).isTrue();
		assertThat(unlimited.percent()).isNull();
		assertThat(unlimited.reached(THRESHOLDS)).isEmpty();
		assertThat(unlimited.level()).isEqualTo(QuotaLevel.GREEN);
	}

	@Test
	void levelsAreGreenBelow60YellowTo80AndRedAbove() {
		assertThat(voice(5999, 10000).level()).isEqualTo(QuotaLevel.GREEN);
		assertThat(voice(6000, 10000).level()).isEqualTo(QuotaLevel.YELLOW);
		assertThat(voice(8000, 10000).level()).isEqualTo(QuotaLevel.YELLOW);
		assertThat(voice(8001, 10000).level()).isEqualTo(QuotaLevel.RED);
	}

	@Test
	void theProjectionExtendsThePaceSoFar() {
		ZoneId zone = ZoneId.of("UTC");
		LocalDate november = LocalDate.of(2026, 11, 1);
		// 10 days in, 3000 of 6000 used: 300 a day, the other 3000 take 10 more days.
		Projection half = Projection.of(voice(3000, 6000), november, Instant.parse("2026-11-11T00:00:00Z"), zone);
		assertThat(half.perDay()).isEqualTo(300.0);
		assertThat(half.reachedOn()).isEqualTo(LocalDate.of(2026, 11, 21));
		// 600 in 20 days: the limit lies far beyond the month.
		assertThat(Projection.of(voice(600, 6000), november, Instant.parse("2026-11-21T00:00:00Z"), zone).reachedOn())
			.isNull();
		assertThat(Projection.of(voice(6000, 6000), november, Instant.parse("2026-11-21T00:00:00Z"), zone)
			.alreadyReached()).isTrue();
	}

	private static Quota voice(long used, long limit) {
		return new Quota(QuotaMetric.VOICE_SECONDS, used, limit);
	}

}
