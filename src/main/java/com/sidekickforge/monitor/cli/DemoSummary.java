package com.sidekickforge.monitor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.sidekickforge.monitor.demo.DemoOutcome;
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
			.collect(Collectors.groupingBy((c) -> c.tier() + " (" + c.hostingType() + ")", java.util.TreeMap::new,
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
		this.out.println("  jobs                none yet: daily-rollup, quota-alerts, health-check and report come"
				+ " with their issues");
		this.out.println();
		this.out.println("Look at the data:  ./forge-monitor sql --out " + relative(base, outcome.outputDir())
				+ " \"SELECT name, tier, hosting_type FROM clients\"");
	}

	private static Path relative(Path base, Path path) {
		return path.startsWith(base) ? base.relativize(path) : path;
	}

}
