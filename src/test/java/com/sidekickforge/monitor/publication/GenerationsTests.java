package com.sidekickforge.monitor.publication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A publication is switched in by one rename. The process may die after any step of it: a reader then sees the
 * site and the exports of one publication (the old one or the new one), and the same publication done again ends
 * exactly as an uninterrupted one.
 */
class GenerationsTests {

	@TempDir
	Path out;

	@Test
	void killedAfterAnyStepReadersSeeOnePublicationAndTheRestartFinishesIt() throws IOException {
		int steps = new Generations(this.out, 5).steps(this.out.resolve("generations/x-run"),
				Map.of("site", this.out, "exports", this.out)).size();
		for (int done = 0; done <= steps; done++) {
			Path output = Files.createDirectories(this.out.resolve("crash-after-" + done));
			Generations generations = new Generations(output, 5);
			publish(output, generations, "100-1", "old");
			Map<String, Path> written = writeAside(output, "200-2", "new");
			Path generation = generations.begin("200-2");

			generations.steps(generation, written).stream().limit(done).forEach((step) -> step.action().run());
			String seen = read(output, "site/index.html");
			assertThat(read(output, "exports/summary.csv")).as("after %d steps", done).isEqualTo(seen);
			assertThat(seen).isIn("old", "new");

			generations.publish(generations.begin("200-2"), written); // the restarted run
			assertThat(read(output, "site/index.html")).isEqualTo("new");
			assertThat(read(output, "exports/summary.csv")).isEqualTo("new");
			assertThat(names(output)).as("after %d steps", done).containsExactlyInAnyOrder("current", "site", "exports",
					"generations");
			assertThat(names(output.resolve("generations"))).hasSize(2);
		}
	}

	@Test
	void aPublicationWithoutTheSiteKeepsThePreviousSiteAsHardLinks() throws IOException {
		Generations generations = new Generations(this.out, 5);
		publish(this.out, generations, "100-1", "old");
		Path exports = Files.createDirectories(this.out.resolve(".exports-200-2"));
		Files.writeString(exports.resolve("summary.csv"), "new");

		generations.publish(generations.begin("200-2"), Map.of("exports", exports, "site", this.out.resolve(".site-200-2")));

		assertThat(read(this.out, "exports/summary.csv")).isEqualTo("new");
		assertThat(read(this.out, "site/index.html")).isEqualTo("old");
		Path previous = generations.find("100-1").orElseThrow().resolve("site/index.html");
		assertThat(Files.isSameFile(this.out.resolve("site/index.html"), previous)).as("one file, two names").isTrue();
	}

	@Test
	void historyKeepsTheNewestGenerationsAndNeverGoesBack() throws IOException {
		Generations generations = new Generations(this.out, 2);
		for (int run = 1; run <= 5; run++) {
			publish(this.out, generations, run + "00-" + run, "run " + run);
		}
		assertThat(names(this.out.resolve("generations"))).hasSize(3)
			.allMatch((name) -> name.endsWith("-300-3") || name.endsWith("-400-4") || name.endsWith("-500-5"));

		// Run 4 done again (its mails could not be queued): published already, the current one stays run 5's.
		generations.publish(generations.begin("400-4"), Map.of());
		assertThat(read(this.out, "site/index.html")).isEqualTo("run 5");
	}

	@Test
	void theLayoutBeforeGenerationsBecomesHistory() throws IOException {
		Files.createDirectories(this.out.resolve("site"));
		Files.writeString(this.out.resolve("site/index.html"), "before");
		Files.createDirectories(this.out.resolve("exports"));
		Files.writeString(this.out.resolve("exports/summary.csv"), "before");
		// Written at different moments: still one earlier generation, not one per directory.
		Files.setLastModifiedTime(this.out.resolve("exports"),
				FileTime.from(Files.getLastModifiedTime(this.out.resolve("site")).toInstant().plusSeconds(5)));

		publish(this.out, new Generations(this.out, 5), "100-1", "after");

		assertThat(read(this.out, "site/index.html")).isEqualTo("after");
		assertThat(Files.isSymbolicLink(this.out.resolve("site"))).isTrue();
		try (Stream<Path> earlier = Files.list(this.out.resolve("generations"))) {
			Path before = earlier.filter((path) -> path.getFileName().toString().endsWith("-earlier")).findFirst().orElseThrow();
			assertThat(Files.readString(before.resolve("site/index.html"))).isEqualTo("before");
			assertThat(Files.readString(before.resolve("exports/summary.csv"))).isEqualTo("before");
		}
	}

	@Test
	void leftoversOfRunsThatCanNoLongerRestartGoTheOthersStay() throws IOException {
		Generations generations = new Generations(this.out, 5);
		publish(this.out, generations, "100-1", "published");
		writeAside(this.out, "200-2", "dead");
		Files.createDirectories(this.out.resolve(".parts-200-2"));
		writeAside(this.out, "300-3", "failed, to be restarted");
		Path unpublished = generations.begin("400-4");
		Files.createDirectories(unpublished.resolve("exports"));

		generations.removeLeftovers(List.of(".exports-", ".site-", ".parts-"), Set.of("300-3")::contains);

		assertThat(names(this.out)).containsExactlyInAnyOrder("current", "site", "exports", "generations",
				".site-300-3", ".exports-300-3");
		assertThat(generations.find("400-4")).isEmpty();
		assertThat(generations.find("100-1")).isPresent();
	}

	/** A whole publication of a run whose every file says {@code text}. */
	private static void publish(Path output, Generations generations, String run, String text) throws IOException {
		generations.publish(generations.begin(run), writeAside(output, run, text));
	}

	private static Map<String, Path> writeAside(Path output, String run, String text) throws IOException {
		Path site = Files.createDirectories(output.resolve(".site-" + run));
		Files.writeString(site.resolve("index.html"), text);
		Path exports = Files.createDirectories(output.resolve(".exports-" + run));
		Files.writeString(exports.resolve("summary.csv"), text);
		return Map.of("site", site, "exports", exports);
	}

	private static String read(Path output, String file) throws IOException {
		return Files.readString(output.resolve(file));
	}

	private static List<String> names(Path directory) throws IOException {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.map((path) -> path.getFileName().toString()).toList();
		}
	}

}
