package com.sidekickforge.monitor.publication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A file written again with the same bytes is the published one under a second name; any other stays a file of its own. */
class UnchangedFilesTests {

	@TempDir
	Path out;

	@Test
	void sameBytesBecomeOneFileOtherBytesStayApart() throws IOException {
		Path published = Files.createDirectories(this.out.resolve("generations/1/exports/clients/acme"));
		Files.writeString(published.resolve("usage.csv"), "day,minutes\n2026-11-25,12\n");
		Files.writeString(published.resolve("summary.pdf"), "as of 25 Nov");
		Path aside = Files.createDirectories(this.out.resolve(".exports-2/clients/acme"));
		Path same = Files.writeString(aside.resolve("usage.csv"), "day,minutes\n2026-11-25,12\n");
		Path sameSizeOtherBytes = Files.writeString(aside.resolve("summary.pdf"), "as of 26 Nov");
		Path newFile = Files.writeString(aside.resolve("activity.json"), "[]");
		UnchangedFiles unchanged = UnchangedFiles.against(Map.of("exports", this.out.resolve(".exports-2")),
				Optional.of(this.out.resolve("generations/1")));

		assertThat(unchanged.share(same)).isTrue();
		assertThat(unchanged.share(sameSizeOtherBytes)).isFalse();
		assertThat(unchanged.share(newFile)).isFalse();

		assertThat(Files.isSameFile(same, published.resolve("usage.csv"))).isTrue();
		assertThat(Files.readString(same)).isEqualTo("day,minutes\n2026-11-25,12\n");
		assertThat(Files.isSameFile(sameSizeOtherBytes, published.resolve("summary.pdf"))).isFalse();
		assertThat(Files.readString(published.resolve("summary.pdf"))).isEqualTo("as of 25 Nov");
		assertThat(unchanged.share(same)).as("shared already").isTrue();
		try (var left = Files.list(aside)) {
			assertThat(left.map((path) -> path.getFileName().toString())).containsExactlyInAnyOrder("usage.csv",
					"summary.pdf", "activity.json");
		}
	}

	@Test
	void withoutAPublishedGenerationNothingIsShared() throws IOException {
		Path file = Files.writeString(Files.createDirectories(this.out.resolve(".site-1")).resolve("index.html"), "x");
		assertThat(UnchangedFiles.against(Map.of("site", this.out.resolve(".site-1")), Optional.empty()).share(file))
			.isFalse();
	}

}
