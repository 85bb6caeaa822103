package com.sidekickforge.monitor.testsupport;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.ForgeMonitor;

/**
 * {@code forge-monitor} in a process of its own, on this test's class path: one that a test can kill with
 * SIGKILL, as an operating system or an operator would.
 */
public final class ChildProcess {

	private ChildProcess() {
	}

	/** A process running the command line with these arguments, its output going to {@code log}. */
	public static ProcessBuilder forgeMonitor(Path log, List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(ForgeMonitor.class.getName());
		command.addAll(args);
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.redirectErrorStream(true).redirectOutput(log.toFile());
		return builder.directory(new File("."));
	}

	/** The store's daily usage, one line per row in a stable order: what two runs must agree on. */
	public static List<String> dailyUsageRows(JdbcClient store) {
		return store.sql("""
				SELECT client_id, agent_id, usage_date, voice_seconds, text_messages, embedding_chunks, origin
				FROM monitor.daily_usage ORDER BY client_id, agent_id, usage_date
				""").query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
						+ rs.getLong(4) + " " + rs.getLong(5) + " " + rs.getLong(6) + " " + rs.getString(7))
			.list();
	}

}
