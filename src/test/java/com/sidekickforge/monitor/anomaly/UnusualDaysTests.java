package com.sidekickforge.monitor.anomaly;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.Test;

import com.sidekickforge.monitor.quota.ExhaustionForecast;
import com.sidekickforge.monitor.quota.QuotaMetric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Unusual days judged by hand against four weeks of history (November 2026: the 1st is a Sunday). */
class UnusualDaysTests {

	private static final AnomalyRule RULE = new AnomalyRule(5, Map.of(QuotaMetric.VOICE_SECONDS, 1800L,
			QuotaMetric.TEXT_MESSAGES, 50L, QuotaMetric.EMBEDDING_CHUNKS, 500L), 14);

	private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);

	private final UnusualDays unusual = new UnusualDays(RULE);

	@Test
	void aSteadySidekicksOrdinaryDayIsNotUnusual() {
		// 90 to 110 messages a day; 112 on the 20th.
		Map<LocalDate, Long> usage = days(FIRST, LocalDate.of(2026, 11, 19), (day) -> 90 + day.getDayOfMonth() % 21);
		usage.put(LocalDate.of(2026, 11, 20), 112L);
		assertThat(this.unusual.judge(QuotaMetric.TEXT_MESSAGES, LocalDate.of(2026, 11, 20), usage)).isEmpty();
	}

	@Test
	void aSpikeDayIsUnusualWithTheUsualRangeOfItsBaseline() {
		// Voice: 540, 570, 600, 630, 660 s in turn (median 600 s, deviations 0, 30, 60: MAD 30, 44.5 s as a robust
		// deviation, less than a tenth of the median: scale 60 s); then 100 minutes on the 20th: 5 400 s above the
		// median, 90 deviations.
		Map<LocalDate, Long> usage = days(FIRST, LocalDate.of(2026, 11, 19), (day) -> 540 + 30 * (day.getDayOfYear() % 5));
		usage.put(LocalDate.of(2026, 11, 20), 6000L);
		UnusualDay day = this.unusual.judge(QuotaMetric.VOICE_SECONDS, LocalDate.of(2026, 11, 20), usage)
			.orElseThrow();
		assertThat(day.amount()).isEqualTo(6000);
		assertThat(day.median()).isEqualTo(600.0);
		assertThat(day.score()).isCloseTo(90.0, within(0.001));
		assertThat(day.usualLow()).isEqualTo(540.0);
		assertThat(day.usualHigh()).isEqualTo(660.0);
		assertThat(day.byKindOfDay()).isFalse();
	}

	@Test
	void quietWeekendsDoNotMakeMondaysUnusual() {
		// 50 minutes on workdays, 5 at weekends, for two months: no Monday of November stands out, and the rhythm
		// is recognised.
		Map<LocalDate, Long> usage = days(FIRST, LocalDate.of(2026, 11, 30),
				(day) -> ExhaustionForecast.weekend(day) ? 300 : 3000 + 10 * (day.getDayOfMonth() % 3));
		for (LocalDate monday = LocalDate.of(2026, 11, 2); monday.getMonthValue() == 11; monday = monday.plusWeeks(1)) {
			assertThat(this.unusual.judge(QuotaMetric.VOICE_SECONDS, monday, usage)).as(monday.toString())
				.isEmpty();
		}
		// A Saturday at a workday's level is unusual for a Saturday.
		usage.put(LocalDate.of(2026, 11, 28), 3000L);
		UnusualDay saturday = this.unusual.judge(QuotaMetric.VOICE_SECONDS, LocalDate.of(2026, 11, 28), usage)
			.orElseThrow();
		assertThat(saturday.byKindOfDay()).isTrue();
		assertThat(saturday.median()).isEqualTo(300.0);
	}

	@Test
	void aSmallSidekicksFewExtraMessagesAreNotUnusual() {
		// One message a day, then four: 3 above the median, under the 50-message floor (the score alone says 3).
		Map<LocalDate, Long> usage = days(FIRST, LocalDate.of(2026, 11, 19), (day) -> 1);
		usage.put(LocalDate.of(2026, 11, 20), 4L);
		assertThat(this.unusual.judge(QuotaMetric.TEXT_MESSAGES, LocalDate.of(2026, 11, 20), usage)).isEmpty();
		// Silent for eight weeks, then 3 messages: no normal to be unusual against.
		Map<LocalDate, Long> silent = new HashMap<>(Map.of(LocalDate.of(2026, 11, 20), 3L));
		assertThat(this.unusual.judge(QuotaMetric.TEXT_MESSAGES, LocalDate.of(2026, 11, 20), silent)).isEmpty();
	}

	@Test
	void aSidekickWithoutTwoWeeksOfHistoryHasNoNormalYet() {
		LocalDate firstUsed = LocalDate.of(2026, 11, 10);
		Map<LocalDate, Long> usage = days(firstUsed, LocalDate.of(2026, 11, 19), (day) -> 100);
		usage.put(LocalDate.of(2026, 11, 20), 5000L);
		assertThat(this.unusual.judge(QuotaMetric.TEXT_MESSAGES, LocalDate.of(2026, 11, 20), usage))
			.isEmpty();
		// Four days later it has 14 days: the same spike is unusual.
		usage.putAll(days(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23), (day) -> 100));
		usage.put(LocalDate.of(2026, 11, 24), 5000L);
		assertThat(this.unusual.judge(QuotaMetric.TEXT_MESSAGES, LocalDate.of(2026, 11, 24), usage))
			.isPresent();
	}

	private static Map<LocalDate, Long> days(LocalDate first, LocalDate last, ToLongFunction<LocalDate> amount) {
		Map<LocalDate, Long> days = new HashMap<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			days.put(day, amount.applyAsLong(day));
		}
		return days;
	}

}
