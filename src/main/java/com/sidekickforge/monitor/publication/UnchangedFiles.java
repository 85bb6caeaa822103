package com.sidekickforge.monitor.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A new generation's files that are byte for byte those of the published generation become hard links to them: a
 * client whose report did not change costs the history nothing, and a publication in which nothing changed keeps
 * (almost) no new bytes. Compared after writing, so whatever a file depends on (data, templates, the program's
 * version) decides, not a guess about its inputs.
 */
public final class UnchangedFiles {

	/** Each directory files are written into, with the published directory that holds its earlier version. */
	private final Map<Path, Path> earlierByWritten;

	private UnchangedFiles(Map<Path, Path> earlierByWritten) {
		this.earlierByWritten = earlierByWritten;
	}

	/**
	 * @param written where each part ({@link Generations#PARTS}) is written before it is published
	 * @param published the published generation, if any
	 */
	public static UnchangedFiles against(Map<String, Path> written, Optional<Path> published) {
		if (published.isEmpty()) {
			return new UnchangedFiles(Map.of());
		}
		Map<Path, Path> roots = new HashMap<>();
		written.forEach((part, directory) -> roots.put(directory.toAbsolutePath().normalize(),
				published.get().resolve(part).toAbsolutePath().normalize()));
		return new UnchangedFiles(Map.copyOf(roots));
	}

	/**
	 * Replaces a file just written by a link to its earlier version when both hold the same bytes.
	 *
	 * @return whether it now shares the earlier version's bytes
	 */
	public boolean share(Path file) {
		Path written = file.toAbsolutePath().normalize();
		for (Map.Entry<Path, Path> root : this.earlierByWritten.entrySet()) {
			if (written.startsWith(root.getKey())) {
				return share(written, root.getValue().resolve(root.getKey().relativize(written)));
			}
		}
		return false;
	}

	private static boolean share(Path written, Path earlier) {
		try {
			if (!Files.isRegularFile(earlier)) {
				return false;
			}
			if (Files.isSameFile(earlier, written)) {
				return true;
			}
			if (Files.size(earlier) != Files.size(written) || Files.mismatch(earlier, written) != -1) {
				return false;
			}
			return FileTrees.replaceWithLink(written, earlier); // a file system without hard links keeps copies
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot share " + written + " with " + earlier + ": " + ex.getMessage(), ex);
		}
	}

}
