package com.sidekickforge.monitor.publication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A text file's gzip copy holds its bytes, is the same bytes every time, and PDFs or a switched-off setting get none. */
class PrecompressionTests {

	@TempDir
	Path out;

	@Test
	void aPageGetsACopyThatUnzipsToItsBytesAndIsTheSameEveryTime() throws IOException {
		Path page = Files.writeString(this.out.resolve("index.html"), "<p>voice minutes 87 %</p>\n".repeat(200));
		Precompression precompression = new Precompression(true);

		Path copy = precompression.copyOf(page).orElseThrow();
		precompression.write(page, copy);
		byte[] first = Files.readAllBytes(copy);
		precompression.write(page, copy);

		assertThat(copy.getFileName()).hasToString("index.html.gz");
		try (var gzip = new GZIPInputStream(Files.newInputStream(copy))) {
			assertThat(gzip.readAllBytes()).isEqualTo(Files.readAllBytes(page));
		}
		assertThat(Files.readAllBytes(copy)).as("no time in the header: an unchanged page's copy is unchanged")
			.isEqualTo(first);
		assertThat(first.length).isLessThan((int) Files.size(page) / 10);
		try (var left = Files.list(this.out)) {
			assertThat(left.map((path) -> path.getFileName().toString())).containsExactlyInAnyOrder("index.html",
					"index.html.gz");
		}
	}

	@Test
	void pdfsAndASwitchedOffSettingGetNoCopy() {
		assertThat(new Precompression(true).copyOf(this.out.resolve("summary-current.pdf"))).isEmpty();
		assertThat(new Precompression(true).copyOf(this.out.resolve("usage-current.csv"))).isPresent();
		assertThat(new Precompression(true).copyOf(this.out.resolve("data.json"))).isPresent();
		assertThat(new Precompression(false).copyOf(this.out.resolve("index.html"))).isEmpty();
	}

}
