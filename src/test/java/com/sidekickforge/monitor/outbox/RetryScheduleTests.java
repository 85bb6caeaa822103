package com.sidekickforge.monitor.outbox;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTests {

	@Test
	void theStandardScheduleWaitsLongerEachTimeWithinTenPercentThenGivesUp() {
		RetrySchedule schedule = new RetrySchedule(RetrySchedule.STANDARD_WEBHOOKS, new SplittableRandom(7));
		assertThat(schedule.attempts()).isEqualTo(10);
		for (int made = 1; made < 10; made++) {
			Duration nominal = RetrySchedule.STANDARD_WEBHOOKS.get(made);
			Duration wait = schedule.next(made, null).orElseThrow();
			assertThat(wait.toMillis()).isBetween((long) (nominal.toMillis() * 0.9), (long) (nominal.toMillis() * 1.1));
		}
		assertThat(schedule.next(10, null)).isEmpty();
	}

	@Test
	void aRetryAfterLongerThanTheScheduleWins() {
		RetrySchedule schedule = new RetrySchedule(RetrySchedule.STANDARD_WEBHOOKS, new SplittableRandom(7));
		assertThat(schedule.next(1, Duration.ofMinutes(2))).contains(Duration.ofMinutes(2));
		assertThat(schedule.next(3, Duration.ofMinutes(2)).orElseThrow()).isGreaterThan(Duration.ofMinutes(20));
	}

}
