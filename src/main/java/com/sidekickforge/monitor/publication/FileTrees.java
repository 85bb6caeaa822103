package com.sidekickforge.monitor.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Whole directory trees: deleted, or copied as hard links (a file kept in two generations costs no bytes twice). */
public final class FileTrees {

	private FileTrees() {
	}

	/** What tells a file from another whatever its names (its inode); null where the file system has none. */
	public static Object key(Path file) {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** Entries of a directory tree passing the test (0 when there is no such directory). */
	public static int count(Path directory, Predicate<Path> test) {
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		try (Stream<Path> tree = Files.walk(directory)) {
			return (int) tree.filter((path) -> !path.equals(directory)).filter(test).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + directory + ": " + ex.getMessage(), ex);
		}
	}

	/** Deletes a file, a link or a directory tree (never what a link points to); nothing when there is none. */
	public static void delete(Path path) {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> tree = Files.walk(path)) {
			for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(each);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + path + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Copies a directory tree as hard links into {@code target}, which must not exist yet; plain copies where the
	 * file system has no hard links.
	 */
	static void link(Path source, Path target) {
		try {
			Files.walkFileTree(source, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
					Files.createDirectories(target.resolve(source.relativize(directory).toString()));
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					Path copy = target.resolve(source.relativize(file).toString());
					try {
						Files.createLink(copy, file);
					}
					catch (UnsupportedOperationException | IOException ex) {
						Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
					}
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot copy " + source + " to " + target + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Makes {@code target} a second name of {@code existing}'s file: linked beside it, then renamed over it, so the
	 * name never points at nothing.
	 *
	 * @return false where the file system cannot link them (no hard links, another device), {@code target} untouched
	 */
	public static boolean replaceWithLink(Path target, Path existing) {
		Path link = target.resolveSibling("." + target.getFileName() + ".link");
		try {
			Files.deleteIfExists(link);
			Files.createLink(link, existing);
		}
		catch (UnsupportedOperationException | FileSystemException ex) {
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot link " + link + " to " + existing + ": " + ex.getMessage(), ex);
		}
		try {
			Files.move(link, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot move " + link + " to " + target + ": " + ex.getMessage(), ex);
		}
	}

	/** Renames atomically: readers see the old entry or the new one, never none (a link replaces a link). */
	static void rename(Path from, Path to) {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot move " + from + " to " + to + ": " + ex.getMessage(), ex);
		}
	}

}
