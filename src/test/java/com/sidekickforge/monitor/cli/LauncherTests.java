package com.sidekickforge.monitor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's JDK search (bin/find-jdk.sh) against fake JDKs of known versions. */
class LauncherTests {

	@TempDir
	Path temp;

	@Test
	void aJavaHomeBelow21IsPassedOverForAJdk21FoundUnderTheJvmDirectory() throws Exception {
		Path jdk17 = fakeJdk("jdk-17", 17);
		Path jdk21 = fakeJdk("jdk-21", 21);

		Result result = findJdk(jdk17.toString());

		assertThat(result.exitCode()).isZero();
		assertThat(result.output().strip()).isEqualTo(jdk21.toString());
	}

	@Test
	void aJavaHomeOf21OrNewerIsRespected() throws Exception {
		fakeJdk("jdk-21", 21);
		Path jdk25 = fakeJdk("jdk-25", 25);

		assertThat(findJdk(jdk25.toString()).output().strip()).isEqualTo(jdk25.toString());
	}

	@Test
	void withoutAnyJdk21TheMessageSaysWhatToDo() throws Exception {
		Path jdk17 = fakeJdk("jdk-17", 17);

		Result result = findJdk(jdk17.toString());

		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("no JDK 21 or newer found", "set JAVA_HOME");
	}

	private record Result(int exitCode, String output) {
	}

	/** Runs the search with only the fake JDKs and the basic tools on the PATH. */
	private Result findJdk(String javaHome) throws IOException, InterruptedException {
		Path tools = Files.createDirectories(this.temp.resolve("tools"));
		for (String tool : List.of("sed", "head", "dirname", "readlink")) {
			Path link = tools.resolve(tool);
			if (!Files.exists(link)) {
				Files.createSymbolicLink(link, Path.of("/usr/bin", tool).toRealPath());
			}
		}
		ProcessBuilder process = new ProcessBuilder("/bin/bash", "-c",
				". bin/find-jdk.sh && forge_find_jdk && echo \"$JAVA_HOME\"");
		process.environment().put("PATH", tools.toString());
		process.environment().put("JAVA_HOME", javaHome);
		process.environment().put("FORGE_JVM_DIRS", this.temp.resolve("jvm").toString());
		process.redirectErrorStream(true);
		Process started = process.start();
		String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Result(started.waitFor(), output);
	}

	private Path fakeJdk(String name, int version) throws IOException {
		Path bin = Files.createDirectories(this.temp.resolve("jvm").resolve(name).resolve("bin"));
		for (String tool : List.of("java", "javac")) {
			Path script = bin.resolve(tool);
			Files.writeString(script,
					"#!/bin/bash\necho \"    java.specification.version = " + version + "\" >&2\n");
			Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		return bin.getParent();
	}

}
