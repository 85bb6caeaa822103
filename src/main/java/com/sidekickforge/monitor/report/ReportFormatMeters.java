package com.sidekickforge.monitor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The time and the bytes of each format a report run writes, as meters ({@code forge.report.format.seconds} and
 * {@code forge.report.format.bytes}, tagged by format: html, csv, pdf, json, conversations, activity). Prometheus
 * shows where a run's time goes; {@code bench-report} reads them around a run. Times are summed over the
 * threads that write clients side by side, so they add up to more than the run's wall time.
 */
@Component
public class ReportFormatMeters {

	private final MeterRegistry registry;

	/** @param registry the application's registry; a run without one (no metrics configured) keeps its own */
	ReportFormatMeters(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
	}

	/** What a format has cost since the start: seconds (summed over threads) and bytes written. */
	public record Totals(double seconds, long bytes, long files) {

		public Totals minus(Totals earlier) {
			return new Totals(this.seconds - earlier.seconds, this.bytes - earlier.bytes, this.files - earlier.files);
		}

	}

	/** Runs the writing of a format and records its time and the size of the files it wrote. */
	void write(String format, List<Path> files, Runnable writing) {
		long started = System.nanoTime();
		writing.run();
		Timer.builder("forge.report.format").tag("format", format).register(this.registry)
			.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
		DistributionSummary bytes = DistributionSummary.builder("forge.report.format.bytes").baseUnit("bytes")
			.tag("format", format).register(this.registry);
		for (Path file : files) {
			try {
				bytes.record(Files.size(file));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot measure " + file + ": " + ex.getMessage(), ex);
			}
		}
	}

	/** Every format's totals so far, by format. */
	public Map<String, Totals> totals() {
		Map<String, Totals> totals = new TreeMap<>();
		for (Timer timer : this.registry.find("forge.report.format").timers()) {
			String format = timer.getId().getTag("format");
			DistributionSummary bytes = this.registry.find("forge.report.format.bytes").tag("format", format).summary();
			totals.put(format, new Totals(timer.totalTime(TimeUnit.NANOSECONDS) / 1e9,
					(bytes != null) ? (long) bytes.totalAmount() : 0, (bytes != null) ? bytes.count() : 0));
		}
		return totals;
	}

}
