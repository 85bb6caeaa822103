package com.sidekickforge.monitor.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.run.JobRuns;
import com.sidekickforge.monitor.run.RunOutcome;
import com.sidekickforge.monitor.source.DayRange;
import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.source.UsageEventReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code forge-monitor bench-rollup}: times the rollup's backfill and a daily run against the SQL floor,
 * the same per-day sums read straight from the platform database, in the same run; prints the ratios
 * and the peak heap. Not a test: a measurement to run on the benchmark data set.
 */
@Command(name = "bench-rollup", mixinStandardHelpOptions = true,
		description = { "Benchmarks daily-rollup on a generated database (see generate) against the SQL floor.",
				"Needs --forge.platform.url (the generated database) and --forge.store.url (an EMPTY store database:",
				"its rollup tables are cleared). For the steady state (snapshots on both days) add",
				"--forge.now=<date+1>T00:15:00Z --forge.rollup.snapshot-window=48h." })
final class BenchRollupCommand implements Callable<Integer> {

	@Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true,
			description = "The as-of day of the generated data.")
	private LocalDate date;

	private final SpringLauncher launcher;

	private final PrintStream out;

	BenchRollupCommand(SpringLauncher launcher, PrintStream out) {
		this.launcher = launcher;
		this.out = out;
	}

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = this.launcher.start(Map.of())) {
			ForgeProperties properties = context.getBean(ForgeProperties.class);
			DataSource platform = PlatformLookup.dataSource(context);
			DataSource store = context.getBean(DataSource.class);
			clearStore(store);
			ZoneId zone = properties.timezone();
			// The first run rolls up the day before (backfilling), the daily run the day itself: with
			// --forge.now right after the day and a snapshot window covering both, both take snapshots and the
			// daily run derives every client from two snapshots, as in steady operation.
			LocalDate dayBefore = this.date.minusDays(1);
			LocalDate backfillFrom = dayBefore.minusDays(properties.rollup().backfillDays());
			LocalDate periodStart = YearMonth.from(this.date).atDay(1);
			JobRuns jobs = context.getBean(JobRuns.class);

			double floorBackfill = floor(platform, new DayRange(backfillFrom, dayBefore, zone));
			HeapMeasure<RunOutcome> backfill = HeapMeasure.of(() -> jobs.run("daily-rollup",
					Map.of("date", dayBefore.toString(), "from", backfillFrom.toString()), false));
			double floorDaily = floor(platform, new DayRange(periodStart, this.date, zone));
			HeapMeasure<RunOutcome> daily = HeapMeasure.of(() -> jobs.run("daily-rollup",
					Map.of("date", this.date.toString(), "from", periodStart.toString()), false));

			this.out.printf(Locale.ROOT, "backfill %s..%s: rollup %.1f s, sql-floor %.1f s, rollup/sql-floor %.2f, "
					+ "peak heap %d MiB%n", backfillFrom, dayBefore, backfill.seconds(), floorBackfill,
					backfill.seconds() / floorBackfill, backfill.peakHeapMiB());
			backfill.result().steps().forEach((step) -> this.out.println("  " + step));
			this.out.printf(Locale.ROOT, "daily %s..%s: rollup %.1f s, sql-floor %.1f s, rollup/sql-floor %.2f, "
					+ "peak heap %d MiB%n", periodStart, this.date, daily.seconds(), floorDaily, daily.seconds() / floorDaily,
					daily.peakHeapMiB());
			daily.result().steps().forEach((step) -> this.out.println("  " + step));
			this.out.printf(Locale.ROOT, "max heap (-Xmx) %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
			return (backfill.result().completed() && daily.result().completed()) ? 0 : Failures.FAILED;
		}
	}

	/** The floor: the same per-day sums read from the platform database, nothing derived or written. */
	private double floor(DataSource platform, DayRange range) {
		long started = System.nanoTime();
		AtomicLong rows = new AtomicLong();
		UsageEventReader reader = new UsageEventReader(platform);
		reader.voice(range, (amount) -> rows.incrementAndGet());
		reader.textMessages(range, (amount) -> rows.incrementAndGet());
		reader.embeddingChunks(range, (amount) -> rows.incrementAndGet());
		reader.conversations(range, (count) -> rows.incrementAndGet());
		double seconds = (System.nanoTime() - started) / 1e9;
		this.out.printf(Locale.ROOT, "sql-floor %s..%s: %,d sums in %.1f s%n", range.first(), range.last(), rows.get(),
				seconds);
		return seconds;
	}

	/**
	 * Empties the rollup's tables before measuring. On PostgreSQL with TRUNCATE: a DELETE would leave millions of
	 * dead rows that autovacuum then cleans up during (and slows) the measured runs.
	 */
	private static void clearStore(DataSource store) {
		JdbcClient jdbc = JdbcClient.create(store);
		boolean postgres = SourceDatabase.of(store) == SourceDatabase.POSTGRESQL;
		for (String table : new String[] { "usage_snapshot", "counter_reading", "event_daily", "daily_usage_derived",
				"conversation_stats", "tracking_gap", "rollup_failure" }) {
			jdbc.sql((postgres ? "TRUNCATE TABLE monitor." : "DELETE FROM monitor.") + table).update();
		}
	}

}
