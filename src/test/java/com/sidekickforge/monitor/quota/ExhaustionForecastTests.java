package com.sidekickforge.monitor.quota;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The projected day a quota runs out, computed by hand for November 2026 (the 1st is a Sunday). */
class ExhaustionForecastTests {

	private static final LocalDate END = LocalDate.of(2026, 11, 30);

	@Test
	void aSteadyClientWellWithinItsLimitRunsOutAfterThePeriod() {
		// 100 a day; on the 15th 2 000 used of 6 000: 16 days left bring 1 600 more.
		var forecast = ExhaustionForecast.of(new Quota(QuotaMetric.TEXT_MESSAGES, 2000, 6000),
				days(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 14), (day) -> 100), LocalDate.of(2026, 11, 15),
				END);
		assertThat(forecast).hasValueSatisfying((f) -> {
			assertThat(f.workdayPace()).isEqualTo(100.0);
			assertThat(f.weekendPace()).isEqualTo(100.0);
			assertThat(f.reachedOn()).isNull();
		});
	}

	@Test
	void atAnEvenPaceTheLimitIsReachedOnTheDayTheRemainderIsUsedUp() {
		// 1 000 left at 100 a day from Friday the 20th: the 10th day, the 29th.
		var forecast = ExhaustionForecast.of(new Quota(QuotaMetric.TEXT_MESSAGES, 2000, 3000),
				days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 19), (day) -> 100), LocalDate.of(2026, 11, 20),
				END);
		assertThat(forecast.orElseThrow().reachedOn()).isEqualTo(LocalDate.of(2026, 11, 29));
	}

	@Test
	void quietWeekendsAheadAddNothingAndTheWorkdaysAfterThemAddTheWorkdayPace() {
		// 200 on workdays, nothing at weekends; 300 left on Saturday the 21st: Sat 0, Sun 0, Mon 200, Tue 400. A flat
		// mean of the two weeks (142.9 a day) would say Monday.
		var forecast = ExhaustionForecast.of(new Quota(QuotaMetric.VOICE_SECONDS, 5700, 6000),
				days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20),
						(day) -> ExhaustionForecast.weekend(day) ? 0 : 200),
				LocalDate.of(2026, 11, 21), END)
			.orElseThrow();
		assertThat(forecast.workdayPace()).isEqualTo(200.0);
		assertThat(forecast.weekendPace()).isZero();
		assertThat(forecast.weeklyMeanPerDay()).isCloseTo(142.86, within(0.01));
		assertThat(forecast.reachedOn()).isEqualTo(LocalDate.of(2026, 11, 24));
	}

	@Test
	void daysWithoutRowsCountAsNothingUsed() {
		// Only the last 7 of the 14 days have use (140 each): 70 a day; 700 left from the 16th: the 25th.
		var forecast = ExhaustionForecast.of(new Quota(QuotaMetric.EMBEDDING_CHUNKS, 300, 1000),
				days(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15), (day) -> 140), LocalDate.of(2026, 11, 16),
				END);
		assertThat(forecast.orElseThrow().weeklyMeanPerDay()).isEqualTo(70.0);
		assertThat(forecast.orElseThrow().reachedOn()).isEqualTo(LocalDate.of(2026, 11, 25));
	}

	@Test
	void unlimitedAndExhaustedQuotasHaveNoForecast() {
		Map<LocalDate, Long> busy = days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 19), (day) -> 1000);
		assertThat(ExhaustionForecast.of(new Quota(QuotaMetric.VOICE_SECONDS, 5000, 0), busy,
				LocalDate.of(2026, 11, 20), END)).isEmpty();
		assertThat(ExhaustionForecast.of(new Quota(QuotaMetric.VOICE_SECONDS, 6000, 6000), busy,
				LocalDate.of(2026, 11, 20), END)).isEmpty();
	}

	private static Map<LocalDate, Long> days(LocalDate first, LocalDate last, ToLongFunction<LocalDate> amount) {
		Map<LocalDate, Long> days = new HashMap<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			days.put(day, amount.applyAsLong(day));
		}
		return days;
	}

}
