package com.sidekickforge.monitor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.sidekickforge.monitor.config.JobDeclaration;
import com.sidekickforge.monitor.testsupport.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each job's declaration of its parameters is what people read: {@code run --help} lists it and docs/jobs.md's
 * table holds the same rows (the HTTP API's list is held to it in {@code api/ApiTests}).
 */
class JobDeclarationsTests {

	@Test
	void theDocsTableIsEveryJobsParametersAsTheJobDeclaresThem() throws IOException {
		List<String> documented = Files.readAllLines(Path.of("docs", "jobs.md"))
			.stream()
			.filter((line) -> line.matches("\\| `[a-z-]+` \\| `[a-z]+` \\|.*"))
			.toList();
		List<String> declared = new ArrayList<>();
		for (JobDeclaration job : ForgeJobs.CATALOG.jobs()) {
			for (JobDeclaration.Parameter parameter : job.parameters()) {
				declared.add("| `" + job.job() + "` | `" + parameter.name() + "` | " + parameter.rule().expected() + " | "
						+ (parameter.scheduled() ? "yes" : "no") + " | " + parameter.description() + " |");
			}
		}
		assertThat(documented).containsExactlyElementsOf(declared);
	}

	@Test
	void runsHelpListsEveryJobWithWhatEachParameterTakes() {
		CommandLine.Run help = CommandLine.run("run", "--help");
		assertThat(help.exitCode()).isZero();
		// picocli wraps long lines at the terminal's width: compare the words.
		String words = help.out().replaceAll("\\s+", " ");
		for (JobDeclaration job : ForgeJobs.CATALOG.jobs()) {
			assertThat(help.out()).containsPattern("(?m)^  " + job.job() + "\\s*$");
			for (JobDeclaration.Parameter parameter : job.parameters()) {
				assertThat(words).contains(parameter.name() + (parameter.scheduled() ? " * " : " ")
						+ parameter.rule().expected() + ": " + parameter.description());
			}
		}
		assertThat(words).contains("period * one of current, 7d, 30d, 6m, 12m: the period");
	}

}
