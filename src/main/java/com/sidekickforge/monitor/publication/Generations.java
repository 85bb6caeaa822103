package com.sidekickforge.monitor.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The generations of an output directory. Each publication is one directory {@code generations/<time>-<run>/}
 * holding its {@code site/} and {@code exports/}; {@code current} links to the published one, and {@code site} and
 * {@code exports} link into {@code current}. Publishing is one rename of {@code current}: a reader (a web server,
 * a person, a mail's attachments) sees the site and the exports of one publication, never the site of one beside
 * the exports of another, whatever moment the process is killed at.
 * <p>
 * The {@code <time>} is the wall-clock time the generation was begun (not the report's as-of moment), so names sort
 * in the order publications were made; a generation older than the current one is history, the newest
 * {@code keep} of them are kept.
 */
public final class Generations {

	/** What a publication holds, each linked from the output directory. */
	public static final List<String> PARTS = List.of("site", "exports");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(ZoneOffset.UTC);

	private final Path output;

	private final int keep;

	/**
	 * @param keep how many generations before the current one are kept
	 */
	public Generations(Path output, int keep) {
		this.output = output;
		this.keep = keep;
	}

	/** One step of a publication: safe to be the last one done before the process dies, and to be done again. */
	public record Step(String name, Runnable action) {
	}

	/** The directory of a run's generation, when it has been begun. */
	public Optional<Path> find(String run) {
		return list().stream().filter((generation) -> generation.getFileName().toString().endsWith("-" + run)).findFirst();
	}

	/** The directory of a run's generation, begun now when there is none. */
	public Path begin(String run) {
		return find(run).orElseGet(() -> {
			Path generation = root().resolve(STAMP.format(Instant.now()) + "-" + run);
			try {
				return Files.createDirectories(generation);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot create " + generation + ": " + ex.getMessage(), ex);
			}
		});
	}

	/** The published generation, when there is one. */
	public Optional<Path> current() {
		Path link = this.output.resolve("current");
		if (!Files.isSymbolicLink(link)) {
			return Optional.empty();
		}
		try {
			return Optional.of(link.resolveSibling(Files.readSymbolicLink(link)).normalize());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + link + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The steps that publish a generation, in order: each written part moved in, each part it did not write carried
	 * over from the current generation (as hard links), the one switch, the links to it, and history pruned.
	 *
	 * @param written where each part ({@link #PARTS}) was written beside the published files; a part that is not
	 * there was not written, or was moved in already
	 */
	public List<Step> steps(Path generation, Map<String, Path> written) {
		List<Step> steps = new ArrayList<>();
		for (String part : PARTS) {
			Path aside = written.get(part);
			if (aside != null) {
				steps.add(new Step("move " + part + " in", () -> moveIn(aside, generation.resolve(part))));
			}
		}
		for (String part : PARTS) {
			steps.add(new Step("carry " + part + " over", () -> carryOver(generation, part)));
		}
		steps.add(new Step("switch current", () -> switchTo(generation)));
		for (String part : PARTS) {
			steps.add(new Step("link " + part, () -> linkIntoCurrent(part)));
		}
		steps.add(new Step("prune history", this::prune));
		return steps;
	}

	/** Publishes a generation: {@link #steps} done in order. */
	public void publish(Path generation, Map<String, Path> written) {
		steps(generation, written).forEach((step) -> step.action().run());
	}

	/**
	 * Deletes what runs that can no longer be restarted left beside the published files: their parts written aside
	 * ({@code .<part>-<run>}, {@code .parts-<run>}), their switch links, and generations begun but never published
	 * (newer than the current one).
	 *
	 * @param prefixes the names of the aside entries, each followed by the run ({@code ".exports-"})
	 * @param restartable whether a run may still be restarted and need them
	 */
	public void removeLeftovers(List<String> prefixes, Predicate<String> restartable) {
		List<String> all = new ArrayList<>(prefixes);
		all.add(".current-");
		for (Path entry : entries(this.output)) {
			String name = entry.getFileName().toString();
			all.stream()
				.filter(name::startsWith)
				.findFirst()
				.filter((prefix) -> !restartable.test(name.substring(prefix.length())))
				.ifPresent((prefix) -> FileTrees.delete(entry));
		}
		Optional<String> current = current().map((path) -> path.getFileName().toString());
		for (Path generation : list()) {
			String name = generation.getFileName().toString();
			boolean unpublished = current.map((published) -> name.compareTo(published) > 0).orElse(true);
			if (unpublished && !restartable.test(run(name))) {
				FileTrees.delete(generation);
			}
		}
	}

	private void moveIn(Path aside, Path target) {
		if (!Files.exists(aside)) {
			return; // moved in already
		}
		if (Files.exists(target)) {
			FileTrees.delete(aside); // moved in, then written again by a restarted part: the first one stands
			return;
		}
		FileTrees.rename(aside, target);
	}

	/** A part this publication did not write (no HTML asked for) stays what it was: hard links to the current one's. */
	private void carryOver(Path generation, String part) {
		Path target = generation.resolve(part);
		if (Files.exists(target)) {
			return;
		}
		Optional<Path> from = current().map((published) -> published.resolve(part)).filter(Files::isDirectory);
		if (from.isEmpty() || from.get().equals(target)) {
			return;
		}
		Path copying = generation.resolve("." + part + "-carried");
		FileTrees.delete(copying); // half copied when the process died
		FileTrees.link(from.get(), copying);
		FileTrees.rename(copying, target);
	}

	/** Switches {@code current} forward only: a generation that is, or is older than, the current one was published. */
	private void switchTo(Path generation) {
		String name = generation.getFileName().toString();
		if (current().filter((published) -> published.getFileName().toString().compareTo(name) >= 0).isPresent()) {
			return;
		}
		Path link = this.output.resolve(".current-" + run(generation.getFileName().toString()));
		FileTrees.delete(link);
		try {
			Files.createSymbolicLink(link, this.output.relativize(generation));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot link " + link + ": " + ex.getMessage(), ex);
		}
		FileTrees.rename(link, this.output.resolve("current"));
	}

	/**
	 * The one generation the layout before generations becomes: site and exports together, named after the newer of
	 * the two directories, and the same one when publishing is done again after moving only one of them.
	 */
	private Path earlierGeneration() throws IOException {
		var existing = entries(root()).stream()
			.filter((path) -> path.getFileName().toString().endsWith("-earlier"))
			.findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		Instant newest = Instant.EPOCH;
		for (String part : PARTS) {
			Path entry = this.output.resolve(part);
			if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(entry)) {
				Instant modified = Files.getLastModifiedTime(entry).toInstant();
				newest = modified.isAfter(newest) ? modified : newest;
			}
		}
		return root().resolve(STAMP.format(newest) + "-earlier");
	}

	/**
	 * {@code site} and {@code exports} link to {@code current/site} and {@code current/exports}, once and for good. A
	 * directory of the layout before generations (or made by a manual export before the first publication) becomes a
	 * generation of history first.
	 */
	private void linkIntoCurrent(String part) {
		Path entry = this.output.resolve(part);
		Path target = Path.of("current", part);
		try {
			if (Files.isSymbolicLink(entry) && Files.readSymbolicLink(entry).equals(target)) {
				return;
			}
			if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(entry)) {
				Path earlier = earlierGeneration();
				Files.createDirectories(earlier);
				FileTrees.rename(entry, earlier.resolve(part));
			}
			Path link = this.output.resolve(".link-" + part);
			FileTrees.delete(link);
			Files.createSymbolicLink(link, target);
			FileTrees.rename(link, entry);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot link " + entry + " to " + target + ": " + ex.getMessage(), ex);
		}
	}

	/** Keeps the newest {@code keep} generations before the current one; never the current one, never a newer one. */
	private void prune() {
		Optional<String> current = current().map((path) -> path.getFileName().toString());
		if (current.isEmpty()) {
			return;
		}
		list().stream()
			.filter((generation) -> generation.getFileName().toString().compareTo(current.get()) < 0)
			.sorted(Comparator.comparing((Path generation) -> generation.getFileName().toString()).reversed())
			.skip(this.keep)
			.forEach(FileTrees::delete);
	}

	/** Generations by name, oldest first. */
	private List<Path> list() {
		return entries(root()).stream().filter(Files::isDirectory).sorted().toList();
	}

	private Path root() {
		return this.output.resolve("generations");
	}

	/** The run a generation's name ends with ({@code <date>-<time>-<millis>-<run>}). */
	private static String run(String generation) {
		String[] parts = generation.split("-", 4);
		return (parts.length == 4) ? parts[3] : generation;
	}

	private static List<Path> entries(Path directory) {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + directory + ": " + ex.getMessage(), ex);
		}
	}

}
