package com.sidekickforge.monitor.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.sidekickforge.monitor.publication.FileTrees;
import com.sidekickforge.monitor.publication.Precompression;
import com.sidekickforge.monitor.publication.UnchangedFiles;

/**
 * What a part has written so far: files counted, each given its gzip copy when asked for, and each shared with its
 * earlier version when unchanged. A file that is another name of one already added (a client's {@code data.json}
 * is its JSON export) gets the copy of that one as its copy's second name, not a second compression.
 *
 * @param copies the copies made, by the file key of the file they compress
 */
record WrittenFiles(AtomicLong count, UnchangedFiles unchanged, Precompression precompression,
		ReportFormatMeters meters, Map<Object, Path> copies) {

	WrittenFiles(AtomicLong count, UnchangedFiles unchanged, Precompression precompression, ReportFormatMeters meters) {
		this(count, unchanged, precompression, meters, new ConcurrentHashMap<>());
	}

	void add(Path... files) {
		for (Path file : files) {
			this.unchanged.share(file);
			this.precompression.copyOf(file).ifPresent((copy) -> {
				Object key = FileTrees.key(file);
				Path same = (key != null) ? this.copies.get(key) : null;
				if (same == null || !FileTrees.replaceWithLink(copy, same)) {
					this.meters.write("gzip", List.of(copy), () -> this.precompression.write(file, copy));
					this.unchanged.share(copy);
				}
				if (key != null) {
					this.copies.putIfAbsent(key, copy);
				}
			});
		}
		this.count.addAndGet(files.length);
	}

}
