package com.sidekickforge.monitor.tools;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.launch.ExitCodes;
import com.sidekickforge.monitor.launch.PlatformLookup;
import com.sidekickforge.monitor.launch.SpringLauncher;
import com.sidekickforge.monitor.launch.UsageException;
import com.sidekickforge.monitor.rollup.RollupTables;
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
public final class BenchRollupCommand implements Callable<Integer> {

	@Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true,
			description = "The as-of day of the generated data.")
	private LocalDate date;

	@Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
			description = "Times to measure both runs, each on an emptied store; the median ratio is printed "
					+ "(default: ${DEFAULT-VALUE}; one floor and rollup differ by a third between runs on a busy disk).")
	private int rounds;

	private final SpringLauncher launcher;

	private final PrintStream out;

	public BenchRollupCommand(SpringLauncher launcher, PrintStream out) {
		this.launcher = launcher;
		this.out = out;
	}

	@Override
	public Integer call() {
		if (this.rounds < 1 || this.rounds > 100) {
			throw new UsageException("--rounds must be between 1 and 100, not " + this.rounds);
		}
		try (ConfigurableApplicationContext context = this.launcher.start(Map.of())) {
			ForgeProperties properties = context.getBean(ForgeProperties.class);
			DataSource platform = PlatformLookup.dataSource(context);
			DataSource store = context.getBean(DataSource.class);
			ZoneId zone = properties.timezone();
			// The first run rolls up the day before (backfilling), the daily run the day itself: with
			// --forge.now right after the day and a snapshot window covering both, both take snapshots and the
			// daily run derives every client from two snapshots, as in steady operation.
			LocalDate dayBefore = this.date.minusDays(1);
			LocalDate backfillFrom = dayBefore.minusDays(properties.rollup().backfillDays());
			LocalDate periodStart = YearMonth.from(this.date).atDay(1);
			JobRuns jobs = context.getBean(JobRuns.class);
			Measured backfill = new Measured("backfill", new DayRange(backfillFrom, dayBefore, zone));
			Measured daily = new Measured("daily", new DayRange(periodStart, this.date, zone));
			boolean completed = true;
			for (int round = 1; round <= this.rounds; round++) {
				this.out.printf(Locale.ROOT, "round %d of %d%n", round, this.rounds);
				RollupTables.empty(store);
				completed &= measure(backfill, platform, store, () -> jobs.run("daily-rollup",
						Map.of("date", dayBefore.toString(), "from", backfillFrom.toString()), false));
				completed &= measure(daily, platform, store, () -> jobs.run("daily-rollup",
						Map.of("date", this.date.toString(), "from", periodStart.toString()), false));
			}
			backfill.summarize(this.out);
			daily.summarize(this.out);
			this.out.printf(Locale.ROOT, "max heap (-Xmx) %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
			return completed ? 0 : ExitCodes.FAILED;
		}
	}

	/** One floor and one rollup of the run, one right after the other; prints them and the rollup's steps. */
	private boolean measure(Measured measured, DataSource platform, DataSource store, Supplier<RunOutcome> rollup) {
		settle(platform, store);
		double floor = floor(platform, measured.range());
		HeapMeasure<RunOutcome> run = HeapMeasure.of(rollup);
		measured.add(run.seconds(), floor, run.peakLiveMiB());
		this.out.printf(Locale.ROOT, "%s %s..%s: rollup %.1f s, sql-floor %.1f s, rollup/sql-floor %.2f, "
				+ "peak heap %d MiB, live %d MiB%n", measured.name(), measured.range().first(), measured.range().last(),
				run.seconds(), floor, run.seconds() / floor, run.peakHeapMiB(), run.peakLiveMiB());
		run.result().steps().forEach((step) -> this.out.println("  " + step));
		return run.result().completed();
	}

	/** The rounds of one kind of run: their ratios, the median and the range, and the peak live heap. */
	private record Measured(String name, DayRange range, List<double[]> rounds) {

		Measured(String name, DayRange range) {
			this(name, range, new ArrayList<>());
		}

		void add(double rollup, double floor, long heapMiB) {
			this.rounds.add(new double[] { rollup / floor, rollup, floor, heapMiB });
		}

		void summarize(PrintStream out) {
			double[] ratios = this.rounds.stream().mapToDouble((r) -> r[0]).sorted().toArray();
			int n = ratios.length;
			double median = (n % 2 == 1) ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
			out.printf(Locale.ROOT, "%s: rollup/sql-floor median %.2f (%d rounds, %.2f-%.2f), peak live heap %d MiB%n",
					this.name, median, n, ratios[0], ratios[n - 1],
					(long) this.rounds.stream().mapToDouble((r) -> r[3]).max().orElse(0));
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
	 * Lets the databases finish what earlier writes left them to do before the next measurement, untimed: the
	 * backfill's millions of new rows otherwise get vacuumed and analyzed by autovacuum, and its WAL checkpointed,
	 * during the floor or the daily run measured next (which moved either by a third). A day later, when the next
	 * daily run comes, that work is long done.
	 */
	private void settle(DataSource platform, DataSource store) {
		long started = System.nanoTime();
		RollupTables.vacuum(store);
		for (DataSource database : new DataSource[] { platform, store }) {
			if (SourceDatabase.of(database) == SourceDatabase.POSTGRESQL) {
				try {
					JdbcClient.create(database).sql("CHECKPOINT").update();
				}
				catch (DataAccessException ex) {
					// CHECKPOINT needs a superuser or pg_checkpoint: without it the figures are only noisier
					this.out.println("(no CHECKPOINT before measuring: " + ex.getMostSpecificCause().getMessage() + ")");
				}
			}
		}
		this.out.printf(Locale.ROOT, "settled (vacuum, analyze, checkpoint; not timed) in %.1f s%n",
				(System.nanoTime() - started) / 1e9);
	}

}
