package com.sidekickforge.monitor.report;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.model.Trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPeriodTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

	@Test
	void namedPeriodsEndOnTheAsOfDay() {
		assertThat(ReportPeriod.of("current", null, null, AS_OF)).extracting("first", "last")
			.containsExactly(LocalDate.of(2026, 3, 1), AS_OF);
		assertThat(ReportPeriod.of("7d", null, null, AS_OF).first()).isEqualTo(LocalDate.of(2026, 3, 25));
		assertThat(ReportPeriod.of("30d", null, null, AS_OF).days()).isEqualTo(30);
		assertThat(ReportPeriod.of("6m", null, null, AS_OF).bucket()).isEqualTo(ReportPeriod.Bucket.WEEK);
		assertThat(ReportPeriod.of("12m", null, null, AS_OF).first()).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(ReportPeriod.of(null, null, null, AS_OF).name()).isEqualTo("current");
	}

	@Test
	void theCurrentPeriodComparesWithTheSameDaysOfThePreviousMonthCutAtItsEnd() {
		ReportPeriod march = ReportPeriod.of("current", null, null, AS_OF);
		ReportPeriod tenDays = ReportPeriod.of("current", null, null, LocalDate.of(2026, 3, 10));

		assertThat(march.previous()).extracting("first", "last")
			.containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
		assertThat(tenDays.previous()).extracting("first", "last")
			.containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 10));
		assertThat(ReportPeriod.of("7d", null, null, AS_OF).previous()).extracting("first", "last")
			.containsExactly(LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 24));
	}

	@Test
	void badPeriodsSayWhatIsAccepted() {
		assertThatThrownBy(() -> ReportPeriod.of("week", null, null, AS_OF))
			.hasMessage("period must be one of current, 7d, 30d, 6m, 12m, custom (got 'week')");
		assertThatThrownBy(() -> ReportPeriod.of("custom", LocalDate.of(2026, 3, 1), null, AS_OF))
			.hasMessageContaining("needs both --from and --to");
		assertThatThrownBy(() -> ReportPeriod.of("custom", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 1), AS_OF))
			.hasMessageContaining("'from' 2026-03-09 is after 'to' 2026-03-01");
		assertThatThrownBy(() -> ReportPeriod.of("custom", LocalDate.of(2024, 1, 1), AS_OF, AS_OF))
			.hasMessageContaining("at most 400");
		assertThatThrownBy(() -> ReportPeriod.of("7d", LocalDate.of(2026, 3, 1), null, AS_OF))
			.hasMessageContaining("--from/--to go with period custom");
	}

	@Test
	void trendsSayUpDownOrFlat() {
		assertThat(Trend.of(110, 100)).extracting("changePercent", "direction").containsExactly(10.0, "up");
		assertThat(Trend.of(90, 100).direction()).isEqualTo("down");
		assertThat(Trend.of(1002, 1000).direction()).isEqualTo("flat");
		assertThat(Trend.of(5, 0)).extracting("changePercent", "direction").containsExactly(null, "up");
	}

}
