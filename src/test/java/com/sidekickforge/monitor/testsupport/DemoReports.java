package com.sidekickforge.monitor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.testsupport.CommandLine.Run;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's twelve clients with every job run once (rollup, alerts, reports), made the first time a report
 * test asks and shared by the report tests of this JVM: generating it is the slow part.
 */
public final class DemoReports {

	private static Path out;

	private DemoReports() {
	}

	public static synchronized Path out() {
		if (out == null) {
			try {
				Path directory = Files.createTempDirectory("forge-demo-reports");
				// With the admin's address, so that the reports carry their links into it.
				Run demo = CommandLine.run("demo", "--out", directory.toString(),
						"--forge.admin-base-url=https://admin.example.com/admin", "--clients", "12", "--as-of", "2026-11-25");
				assertThat(demo.exitCode()).as(demo.err()).isZero();
				out = directory;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return out;
	}

	/** {@code forge-monitor export ...} on the demo's databases, as of the end of its last day. */
	public static Run export(String... args) {
		List<String> all = new ArrayList<>(List.of("export"));
		all.addAll(List.of(args));
		all.add("--at=2026-11-25T23:59:00Z");
		all.add("--forge.output-dir=" + out());
		all.add("--forge.config-dir=" + out().resolve("config"));
		return CommandLine.run(all.toArray(String[]::new));
	}

	public static JdbcClient platform() {
		return JdbcClient.create(new DriverManagerDataSource(ForgeProperties.h2FileUrl(out().resolve("data/platform"))));
	}

}
