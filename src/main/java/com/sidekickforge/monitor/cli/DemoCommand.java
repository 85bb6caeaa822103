package com.sidekickforge.monitor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.WebhooksFile;
import com.sidekickforge.monitor.demo.DemoOutcome;
import com.sidekickforge.monitor.demo.DemoRequest;
import com.sidekickforge.monitor.demo.DemoRun;
import com.sidekickforge.monitor.launch.SpringLauncher;
import com.sidekickforge.monitor.launch.TerminalProgress;
import com.sidekickforge.monitor.launch.UsageException;

/** {@code forge-monitor demo}: the demo databases, filled, and every job run once. */
@Command(name = "demo", mixinStandardHelpOptions = true,
		description = { "Creates (or reuses) embedded H2 databases under DIR/data, fills them with realistic, "
				+ "deterministic Sidekick Forge data and runs every job once. Writes everything under DIR.",
				"Settings (--forge.x=y) may follow; the demo always uses its own embedded databases." })
final class DemoCommand implements Callable<Integer> {

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
			description = "Output directory (default: ${DEFAULT-VALUE}).")
	private Path out;

	@Option(names = "--clients", paramLabel = "N", defaultValue = "12",
			description = "Number of clients (default: ${DEFAULT-VALUE}; the first 12 are hand-picked cases).")
	private int clients;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "42",
			description = "Seed: the same seed gives the same data (default: ${DEFAULT-VALUE}).")
	private long seed;

	@Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
			description = "Last day of the history (default: today in forge.timezone).")
	private LocalDate asOf;

	private final SpringLauncher launcher;

	private final PrintStream stdout;

	DemoCommand(SpringLauncher launcher, PrintStream stdout) {
		this.launcher = launcher;
		this.stdout = stdout;
	}

	@Override
	public Integer call() {
		if (this.clients < 1 || this.clients > 100_000) {
			throw new UsageException("--clients must be between 1 and 100000, not " + this.clients);
		}
		Path configDir = Path.of(this.launcher.arguments().setting("forge.config-dir").orElse("config"));
		Path demoConfig = this.out.resolve("config");
		copyConfig(configDir, demoConfig);
		// Mail and webhooks go to files (out/mail, out/webhooks): a demo never mails or calls anyone.
		try (ConfigurableApplicationContext context = this.launcher.start(Map.of("forge.output-dir",
				this.out.toString(), "forge.config-dir", demoConfig.toString(), "forge.platform.url", "",
				"forge.mail.transport", "file"))) {
			ForgeProperties properties = context.getBean(ForgeProperties.class);
			LocalDate today = LocalDate.now(properties.timezone());
			LocalDate day = (this.asOf != null) ? this.asOf : today;
			Instant notAfter = day.equals(today) ? Instant.now()
					: day.plusDays(1).atStartOfDay(properties.timezone()).toInstant().minusMillis(1);
			this.stdout.println("Forge Monitor demo: " + this.clients + " clients, seed " + this.seed + ", as of "
					+ day + " (" + properties.timezone().getId() + "), output " + properties.outputPath());
			if (this.asOf == null && day.getDayOfMonth() <= 3) {
				// The data are shaped for the as-of day: early in a month the clients have barely begun using it.
				this.stdout.println("Note: " + day + " is day " + day.getDayOfMonth() + " of the billing month, so no quota"
						+ " is near a threshold yet and few alerts go out. A whole month: ./forge-monitor demo --as-of "
						+ day.withDayOfMonth(1).minusDays(1));
			}
			DemoOutcome outcome = context.getBean(DemoRun.class)
				.run(new DemoRequest(this.seed, this.clients, day, notAfter), TerminalProgress.forConsole("clients"));
			new DemoSummary(this.stdout).print(outcome);
		}
		return 0;
	}

	/**
	 * The demo runs on a copy of the user's {@code config/}, so that the {@code tenants.yml} it writes
	 * never touches the user's own.
	 */
	private static void copyConfig(Path from, Path to) {
		try {
			Files.createDirectories(to);
			if (!Files.isDirectory(from)) {
				return;
			}
			try (Stream<Path> files = Files.list(from)) {
				for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".yml")).toList()) {
					if (!file.getFileName().toString().equals("tenants.yml")) {
						Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot copy " + from + " to " + to, ex);
		}
		addDemoEndpoint(to.resolve("webhooks.yml"));
	}

	/**
	 * Without any webhook endpoint the demo would show no webhook deliveries: it then names one (written as
	 * files like the mail, never called).
	 */
	private static void addDemoEndpoint(Path webhooks) {
		if (Files.exists(webhooks) && !WebhooksFile.read(webhooks, System.getenv()).isEmpty()) {
			return;
		}
		try {
			Files.writeString(webhooks, """
					# Written by `forge-monitor demo` because the webhooks.yml it copied names no endpoint.
					# In the demo deliveries are written to out/webhooks/*.json instead of being sent.
					endpoints:
					  - name: demo-receiver
					    url: http://localhost:8089/forge-webhooks
					    secret: whsec_ZGVtby1zZWNyZXQtbm90LWZvci1wcm9kdWN0aW9uIQ==
					    events: [quota.threshold_crossed, quota.recovered, job.failed, report.published]
					    clients: []
					    allow-private: true    # a receiver on this machine
					""");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + webhooks, ex);
		}
	}

}
