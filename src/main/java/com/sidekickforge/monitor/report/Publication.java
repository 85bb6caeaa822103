package com.sidekickforge.monitor.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One publication being written: its moment and period, fixed once so that every part written (on whichever
 * node) shows the same data, and the directories it is written into before it is swapped in.
 */
public record Publication(Instant asOf, String period, String run) {

	/** As kept in the job's context: {@code <as-of> <period> <run>}. */
	@Override
	public String toString() {
		return this.asOf + " " + this.period + " " + this.run;
	}

	/** The job instance a publication's run name ends with ({@code <as-of millis>-<instance>}); -1 if none. */
	static long instance(String run) {
		try {
			return Long.parseLong(run.substring(run.lastIndexOf('-') + 1));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	public static Publication parse(String text) {
		String[] parts = text.split(" ");
		return new Publication(Instant.parse(parts[0]), parts[1], parts[2]);
	}

	private static final String EXPORTS_ASIDE = ".exports-";

	private static final String SITE_ASIDE = ".site-";

	private static final String PARTS = ".parts-";

	/** What a run writes beside the published files, each name followed by the run. */
	static final List<String> ASIDE = List.of(EXPORTS_ASIDE, SITE_ASIDE, PARTS);

	Path exportsAside(Path output) {
		return output.resolve(EXPORTS_ASIDE + this.run);
	}

	Path siteAside(Path output) {
		return output.resolve(SITE_ASIDE + this.run);
	}

	/** Where each part says it is complete (kept apart from the published files). */
	Path parts(Path output) {
		return output.resolve(PARTS + this.run);
	}

}
