package com.sidekickforge.monitor.cli;

import org.junit.jupiter.api.Test;

import com.sidekickforge.monitor.testsupport.CommandLine;
import com.sidekickforge.monitor.testsupport.CommandLine.Run;
import com.sidekickforge.monitor.testsupport.DemoReports;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code backtest-alerts} on the demo's history: what each kind would have announced, day by day, and nothing sent. */
class BacktestAlertsCommandTests {

	@Test
	void theDemosHistoryReplaysToItsProjectionsAndUnusualDays() {
		Run run = backtest("--from", "2026-10-01", "--to", "2026-11-25", "--paces");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("Replayed 2026-10-01..2026-11-25 for 12 client(s)")
			.contains("2026-10-03  usage.unusual_day           Hôtel Saint-Éloi             After-Hours Line: Text "
					+ "messages on 2026-10-02: 84 messages (usually 24-52, median 32; 7.8 deviations, against workdays)")
			.contains("2026-11-20  quota.projected_exhaustion  Kraków Tech Hub              Voice: 420.3 of 600 "
					+ "minutes used (70 %); at 27 minutes a workday and 10.8 a weekend day the limit is reached on "
					+ "2026-11-27")
			.contains("11 projected exhaustion(s), 2 unusual day(s)");
		// Each projection says what the history shows afterwards.
		assertThat(run.out().lines().filter((line) -> line.contains("quota.projected_exhaustion")))
			.hasSize(11)
			.allMatch((line) -> line.contains("; reached on ") || line.contains("; not reached by "));
		// --paces: the pace in use against flat means, over every day within the lead time of a limit reached.
		assertThat(run.out()).contains("Paces against the day each limit was actually reached: 56 forecast(s) made "
				+ "0-7 days before it")
			.contains("  workdays and weekends apart, 14 days (in use)    off by 0.18 days on average (-0.11: early), "
					+ "within a day 55 of 56")
			.contains("  flat mean of 14 days                             off by 0.43 days on average")
			.contains("  mean of the billing period so far                off by 0.48 days on average");
	}

	@Test
	void oneClientAndBadRanges() {
		Run one = backtest("--from", "2026-10-01", "--to", "2026-11-25", "--client", "krakow-tech-hub");
		assertThat(one.exitCode()).as(one.err()).isZero();
		assertThat(one.out()).contains("for 1 client(s)").contains("Kraków Tech Hub").doesNotContain("Hôtel");

		Run backwards = backtest("--from", "2026-11-25", "--to", "2026-10-01");
		assertThat(backwards.exitCode()).isEqualTo(2);
		assertThat(backwards.err()).contains("--from must not be after --to");
		Run nobody = backtest("--from", "2026-10-01", "--to", "2026-10-02", "--client", "no-such-client");
		assertThat(nobody.exitCode()).isEqualTo(2);
		assertThat(nobody.err()).contains("No client named no-such-client");
	}

	private static Run backtest(String... args) {
		String[] all = new String[args.length + 3];
		all[0] = "backtest-alerts";
		System.arraycopy(args, 0, all, 1, args.length);
		all[args.length + 1] = "--out";
		all[args.length + 2] = DemoReports.out().toString();
		return CommandLine.run(all);
	}

}
