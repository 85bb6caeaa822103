package com.sidekickforge.monitor.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.launch.ExitCodes;
import com.sidekickforge.monitor.launch.SpringLauncher;
import com.sidekickforge.monitor.launch.UsageException;
import com.sidekickforge.monitor.report.ReportFormatMeters;
import com.sidekickforge.monitor.report.ReportService;
import com.sidekickforge.monitor.run.JobRuns;
import com.sidekickforge.monitor.run.RunOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code forge-monitor bench-report}: times the {@code report} job (every client's files plus the admin ones)
 * against reading the same data and nothing else, in rounds, with the peak heap of each, the seconds and bytes
 * of each format, the size of one generation and of all kept generations. Needs a rolled-up store.
 */
@Command(name = "bench-report", mixinStandardHelpOptions = true,
		description = { "Benchmark: the report job for all clients against only reading what it reads.",
				"Run the daily-rollup of the as-of day first, on the same store." })
public final class BenchReportCommand implements Callable<Integer> {

	@Option(names = "--at", required = true, paramLabel = "INSTANT", description = "The reports' as-of moment.")
	private Instant at;

	@Option(names = "--rounds", defaultValue = "1", paramLabel = "N",
			description = "Rounds of read and report, printed each and as medians (default 1).")
	private int rounds;

	private final SpringLauncher launcher;

	private final PrintStream out;

	public BenchReportCommand(SpringLauncher launcher, PrintStream out) {
		this.launcher = launcher;
		this.out = out;
	}

	/** One round's figures. */
	private record Round(double readSeconds, long readHeap, long readLive, double reportSeconds, long reportHeap,
			long reportLive, Map<String, ReportFormatMeters.Totals> formats, long generationBytes, long historyBytes) {

		double ratio() {
			return this.reportSeconds / this.readSeconds;
		}

	}

	@Override
	public Integer call() {
		if (this.rounds < 1 || this.rounds > 100) {
			throw new UsageException("--rounds must be between 1 and 100, not " + this.rounds);
		}
		try (ConfigurableApplicationContext context = this.launcher.start(Map.of())) {
			ReportService reports = context.getBean(ReportService.class);
			JobRuns jobs = context.getBean(JobRuns.class);
			ReportFormatMeters meters = context.getBean(ReportFormatMeters.class);
			Path output = context.getBean(ForgeProperties.class).outputPath();
			List<Round> done = new ArrayList<>();
			int clients = 0;
			for (int round = 1; round <= this.rounds; round++) {
				HeapMeasure<Integer> read = HeapMeasure.of(() -> reports.readOnly(this.at));
				clients = read.result();
				Map<String, ReportFormatMeters.Totals> before = meters.totals();
				HeapMeasure<RunOutcome> report = HeapMeasure.of(() -> jobs.run("report", Map.of("at", this.at.toString()),
						false));
				if (!report.result().completed()) {
					this.out.println("round " + round + ": the report job did not complete: " + report.result().failure());
					return ExitCodes.FAILED;
				}
				Map<String, ReportFormatMeters.Totals> formats = new TreeMap<>();
				meters.totals().forEach((format, total) -> formats.put(format,
						total.minus(before.getOrDefault(format, new ReportFormatMeters.Totals(0, 0, 0)))));
				Round figures = new Round(read.seconds(), read.peakHeapMiB(), read.peakLiveMiB(), report.seconds(),
						report.peakHeapMiB(), report.peakLiveMiB(), formats, bytes(output.resolve("current")),
						bytes(output.resolve("generations")));
				done.add(figures);
				print("round " + round, figures);
				report.result().steps().forEach((step) -> this.out.println("  " + step));
			}
			this.out.printf(Locale.ROOT, "%d clients, %d round%s, max heap (-Xmx) %d MiB%n", clients, done.size(),
					(done.size() == 1) ? "" : "s", Runtime.getRuntime().maxMemory() >> 20);
			if (done.size() > 1) {
				Map<String, ReportFormatMeters.Totals> formats = new TreeMap<>();
				done.get(0).formats().keySet().forEach((format) -> formats.put(format, new ReportFormatMeters.Totals(
						median(done, (r) -> r.formats().get(format).seconds()),
						(long) median(done, (r) -> r.formats().get(format).bytes()), done.get(0).formats().get(format).files())));
				print("median", new Round(median(done, Round::readSeconds), (long) median(done, Round::readHeap),
						(long) median(done, Round::readLive), median(done, Round::reportSeconds),
						(long) median(done, Round::reportHeap), (long) median(done, Round::reportLive), formats,
						(long) median(done, Round::generationBytes), done.get(done.size() - 1).historyBytes()));
				this.out.printf(Locale.ROOT, "median report/read %.2f (rounds %.2f-%.2f)%n", median(done, Round::ratio),
						done.stream().mapToDouble(Round::ratio).min().orElse(0),
						done.stream().mapToDouble(Round::ratio).max().orElse(0));
			}
			return 0;
		}
	}

	private void print(String label, Round round) {
		this.out.printf(Locale.ROOT,
				"%s: read %.1f s (peak heap %d MiB, live %d MiB), report %.1f s (peak heap %d MiB, live %d MiB), report/read %.2f%n",
				label, round.readSeconds(), round.readHeap(), round.readLive(), round.reportSeconds(), round.reportHeap(),
				round.reportLive(), round.ratio());
		round.formats().forEach((format, total) -> this.out.printf(Locale.ROOT,
				"  %-13s %7.1f s (summed over threads)  %,12d bytes in %,d files%n", format, total.seconds(), total.bytes(),
				total.files()));
		this.out.printf(Locale.ROOT, "  one generation %,d bytes; all kept generations %,d bytes (a file linked into"
				+ " several counted once)%n", round.generationBytes(), round.historyBytes());
	}

	private static double median(List<Round> rounds, ToDoubleFunction<Round> figure) {
		double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
		return (values.length % 2 == 1) ? values[values.length / 2]
				: (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
	}

	/** The bytes of the files under a directory (followed when it is a link), each file counted once. */
	static long bytes(Path directory) {
		if (!Files.exists(directory)) {
			return 0;
		}
		Set<Object> seen = new HashSet<>();
		try (Stream<Path> tree = Files.walk(directory.toRealPath())) {
			long total = 0;
			for (Path file : (Iterable<Path>) tree.filter(Files::isRegularFile)::iterator) {
				Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
				if (key == null || seen.add(key)) {
					total += Files.size(file);
				}
			}
			return total;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot measure " + directory + ": " + ex.getMessage(), ex);
		}
	}

}
