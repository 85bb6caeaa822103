package com.sidekickforge.monitor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import com.sidekickforge.monitor.alert.QuotaNotice;
import com.sidekickforge.monitor.demo.DemoOutcome;
import com.sidekickforge.monitor.outbox.OutboxStatus;
import com.sidekickforge.monitor.rollup.RollupResults;
import com.sidekickforge.monitor.rollup.TrackingGap;
import com.sidekickforge.monitor.run.RunOutcome;
import com.sidekickforge.monitor.sampledata.ClientProfile;

/** Prints what the demo made and where, and how to look at it. */
final class DemoSummary {

	private final PrintStream out;

	DemoSummary(PrintStream out) {
		this.out = out;
	}

	void print(DemoOutcome outcome) {
		Path base = Path.of("").toAbsolutePath();
		if (outcome.reused()) {
			this.out.println("Reused the demo databases (same seed, clients and as-of day): nothing regenerated.");
		}
		else {
			double seconds = Math.max(0.001, outcome.generation().toMillis() / 1000.0);
			this.out.printf(Locale.ROOT, "Generated %,d rows in %.1f s (%,.0f rows/s).%n", outcome.totalRows(), seconds,
					outcome.totalRows() / seconds);
		}
		Map<String, Long> tiers = outcome.clients()
			.stream()
			.collect(Collectors.groupingBy((c) -> c.tier() + " (" + c.hostingType() + ")", TreeMap::new,
					Collectors.counting()));
		this.out.println();
		this.out.println("Clients: " + outcome.clients().size() + " — " + tiers.entrySet()
			.stream()
			.map((e) -> e.getValue() + " " + e.getKey())
			.collect(Collectors.joining(", ")));
		for (ClientProfile client : outcome.clients()) {
			if (!client.role().isEmpty()) {
				this.out.printf(Locale.ROOT, "  %-32s %-11s %-10s %s%n", client.slug(), client.tier(),
						client.hostingType(), client.role());
			}
		}
		this.out.println();
		this.out.println("Rows:");
		outcome.rowsByTable().forEach((table, count) -> this.out.printf(Locale.ROOT, "  %-26s %,12d%n", table, count));
		this.out.println();
		this.out.println("Where things are:");
		this.out.println("  platform database   " + relative(base, outcome.platformDatabase()));
		this.out.println("  tenant databases    " + outcome.tenantDatabases().size() + " under "
				+ relative(base, outcome.platformDatabase().resolveSibling("tenants")) + " (one per dedicated client)");
		this.out.println("  tenants.yml         " + relative(base, outcome.tenantsFile()));
		this.out.println("  own store           " + relative(base, outcome.platformDatabase().resolveSibling("store.mv.db"))
				+ " (schema monitor)");
		this.out.println();
		this.out.println("Jobs:");
		for (RunOutcome run : outcome.jobRuns()) {
			this.out.printf(Locale.ROOT, "  %-14s %s in %.1f s%s%n", run.job(), run.status(),
					run.duration().toMillis() / 1000.0, (run.failure() != null) ? ": " + run.failure() : "");
		}
		RollupResults.Summary rollup = outcome.rollup();
		this.out.printf(Locale.ROOT, "  daily usage      %,d rows from %s to %s (%s)%n", rollup.dailyUsageRows(),
				rollup.firstDay(), rollup.lastDay(), String.join(", ", rollup.origins()));
		Map<UUID, String> slugs = outcome.clients()
			.stream()
			.collect(Collectors.toMap(ClientProfile::id, ClientProfile::slug));
		for (TrackingGap gap : rollup.gaps()) {
			this.out.printf(Locale.ROOT, "  tracking gap     %s %s since %s: counter %,d, events %,d%n",
					slugs.getOrDefault(gap.clientId(), gap.clientId().toString()), gap.metric(), gap.periodStart(),
					gap.counterTotal(), gap.eventTotal());
		}
		for (QuotaNotice notice : outcome.notices()) {
			this.out.printf(Locale.ROOT, "  %-16s %s %s %s%n", notice.crossed() ? "quota alert" : "quota recovered",
					slugs.getOrDefault(notice.clientId(), notice.clientId().toString()), notice.metric().key(),
					notice.crossed() ? String.format(Locale.ROOT, "%s (threshold %s %%)", notice.quota().percentText(),
							notice.thresholds().stream().map(String::valueOf).collect(Collectors.joining(", ")))
							: "below " + notice.threshold() + " %");
		}
		Map<OutboxStatus, Long> outbox = outcome.outbox();
		this.out.printf(Locale.ROOT, "  outbox           %,d delivered, %,d pending, %,d dead letters%n",
				outbox.getOrDefault(OutboxStatus.DELIVERED, 0L), outbox.getOrDefault(OutboxStatus.PENDING, 0L),
				outbox.getOrDefault(OutboxStatus.DEAD, 0L));
		this.out.println("  mails            " + relative(base, outcome.outputDir().resolve("mail")) + "/*.eml");
		this.out.println("  webhooks         " + relative(base, outcome.outputDir().resolve("webhooks")) + "/*.json");
		this.out.println("  dashboard        " + relative(base, outcome.outputDir().resolve("site/index.html"))
				+ " (open it in a browser; each client's under site/clients/<slug>/)");
		this.out.println("  reports          " + relative(base, outcome.outputDir().resolve("exports"))
				+ "/ (all clients), " + relative(base, outcome.outputDir().resolve("exports/clients")) + "/<slug>/ (each client)");
		for (var sample : outcome.health()) {
			String answer = (sample.latencyMillis() != null) ? ", " + sample.latencyMillis() + " ms" : "";
			String sessions = (sample.activeSessions() != null) ? ", " + sample.activeSessions() + " voice sessions" : "";
			this.out.printf(Locale.ROOT, "  health           %-42s %s%n", sample.target(), sample.status().key() + answer
					+ sessions + ((sample.reason() != null) ? " (" + sample.reason() + ")" : ""));
		}
		this.out.println();
		printPeople(outcome, base);
		this.out.println();
		this.out.println("Look at the data:  ./forge-monitor sql --out " + relative(base, outcome.outputDir())
				+ " \"SELECT name, tier, hosting_type FROM clients\"");
	}

	/** Who can sign in to serve on the demo's data, with a token each and the commands to try them. */
	private void printPeople(DemoOutcome outcome, Path base) {
		Path out = relative(base, outcome.outputDir());
		this.out.println("Sign in to serve as the demo's people of Sidekick Forge (tokens valid 12 h, signed with the"
				+ " demo's own secret " + relative(base, outcome.jwtSecret()) + "):");
		this.out.println("  FORGE_AUTH_PLATFORM_JWT_SECRET=$(cat " + relative(base, outcome.jwtSecret())
				+ ") ./forge-monitor serve --forge.output-dir=" + out + " --forge.config-dir=" + out.resolve("config"));
		for (DemoOutcome.Person person : outcome.people()) {
			String clients = person.clients().isEmpty() ? "every client"
					: person.clients().stream().map(ClientProfile::slug).collect(Collectors.joining(", "));
			this.out.printf(Locale.ROOT, "  %-11s %-36s %s%n", person.role(), person.email(), clients);
			this.out.println("              " + person.token());
		}
		this.out.println("  curl -H \"Authorization: Bearer <token>\" http://localhost:8080/admin/monitoring/data"
				+ "   (or sign in at http://localhost:8080/admin/login)");
	}

	private static Path relative(Path base, Path path) {
		return path.startsWith(base) ? base.relativize(path) : path;
	}

}
