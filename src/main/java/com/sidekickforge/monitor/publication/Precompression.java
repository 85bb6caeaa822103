package com.sidekickforge.monitor.publication;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A gzip copy beside each text file of a publication ({@code index.html.gz} beside {@code index.html}), for a web
 * server that sends the copy as it is instead of compressing every answer (nginx {@code gzip_static}). PDFs are
 * compressed already and get none. The copy of an unchanged file has the same bytes (gzip's header time stays
 * zero), so it is shared with the earlier generation like the file itself.
 */
public final class Precompression {

	/** What a report run writes as text: pages, JSON and CSV. */
	private static final Set<String> TEXT = Set.of(".html", ".json", ".csv");

	private static final String SUFFIX = ".gz";

	private final boolean enabled;

	/** @param enabled {@code forge.publish.precompress} */
	public Precompression(boolean enabled) {
		this.enabled = enabled;
	}

	/** Where a file's gzip copy goes, when precompression is on and the file is text. */
	public Optional<Path> copyOf(Path file) {
		if (!this.enabled || !isText(file)) {
			return Optional.empty();
		}
		return Optional.of(file.resolveSibling(file.getFileName() + SUFFIX));
	}

	/** Whether a file is such a copy, not a report file of its own. */
	public static boolean isCopy(Path file) {
		return file.getFileName().toString().endsWith(SUFFIX);
	}

	/** Writes a file's gzip copy ({@link #copyOf}), replacing an earlier one whole. */
	public void write(Path file, Path copy) {
		Path writing = copy.resolveSibling("." + copy.getFileName() + ".tmp");
		try (OutputStream out = new BestGzip(Files.newOutputStream(writing))) {
			Files.copy(file, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot compress " + file + ": " + ex.getMessage(), ex);
		}
		FileTrees.rename(writing, copy);
	}

	private static boolean isText(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 && TEXT.contains(name.substring(dot));
	}

	/** Written once, read many times: the best compression is worth its time. */
	private static final class BestGzip extends GZIPOutputStream {

		BestGzip(OutputStream out) throws IOException {
			super(out, 64 * 1024);
			this.def.setLevel(Deflater.BEST_COMPRESSION);
		}

	}

}
