package com.sidekickforge.monitor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.sidekickforge.monitor.report.model.MonitoringData;
import com.sidekickforge.monitor.testsupport.DemoReports;
import com.sidekickforge.monitor.testsupport.SeedModels;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every JSON the report job writes is an instance of the seed's models as the seed types them: each scope's
 * {@code monitoring-<period>.json} and the sites' {@code data.json} a {@code MonitoringData}, each
 * {@code activity.json} a list of {@code ActivityEvent}s. (The API's answers are held to the same in ApiTests.)
 */
class SeedModelsTests {

	@Test
	void everyMonitoringJsonAndEveryActivityJsonIsTheSeedsModel() throws IOException {
		Path out = DemoReports.out();
		List<Path> files;
		try (Stream<Path> tree = Stream.concat(Files.walk(out.resolve("exports").toRealPath()), Files.walk(out.resolve("site").toRealPath()))) {
			files = tree.filter(Files::isRegularFile).toList();
		}
		int monitoring = 0;
		int activity = 0;
		for (Path file : files) {
			String name = file.getFileName().toString();
			if (name.startsWith("monitoring-") || name.equals("data.json")) {
				SeedModels.assertValid("MonitoringData", Files.readString(file), file.toString());
				monitoring++;
			}
			else if (name.equals("activity.json")) {
				SeedModels.assertValid("ActivityEvents", Files.readString(file), file.toString());
				activity++;
			}
		}
		assertThat(monitoring).as("monitoring files: 13 scopes, twice (exports and site)").isEqualTo(26);
		assertThat(activity).isEqualTo(13);
	}

}
