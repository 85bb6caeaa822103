package com.sidekickforge.monitor.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file a running service reads again when it changes, keeping the last version that was good: a broken edit is
 * logged with its {@code file:line} problems (once per edit) and the service goes on with what it had, instead of
 * failing every request or run until someone notices. Only the first read may fail (then there is nothing to keep;
 * {@code serve} checks every file before it starts).
 */
public final class LastGood<T> {

	private static final Logger log = LoggerFactory.getLogger(LastGood.class);

	private final Path file;

	private final Function<Path, T> reader;

	private T value;

	private FileTime read;

	private FileTime refused;

	public LastGood(Path file, Function<Path, T> reader) {
		this.file = file;
		this.reader = reader;
	}

	public synchronized T get() {
		FileTime modified = modified();
		if (this.value != null && modified.equals(this.read)) {
			return this.value;
		}
		try {
			T fresh = this.reader.apply(this.file);
			this.value = fresh;
			this.read = modified;
			return fresh;
		}
		catch (RuntimeException ex) {
			if (this.value == null) {
				throw ex;
			}
			if (!modified.equals(this.refused)) {
				this.refused = modified;
				log.warn("{} changed and is not valid; the last good version stays in use until it is fixed:\n{}",
						this.file, ex.getMessage());
			}
			return this.value;
		}
	}

	private FileTime modified() {
		try {
			return Files.exists(this.file) ? Files.getLastModifiedTime(this.file) : FileTime.fromMillis(0);
		}
		catch (IOException ex) {
			return FileTime.fromMillis(-1);
		}
	}

}
