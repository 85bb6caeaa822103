package com.sidekickforge.monitor.tools;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.sidekickforge.monitor.launch.TerminalProgress;
import com.sidekickforge.monitor.launch.UsageException;
import com.sidekickforge.monitor.sampledata.GenerationSummary;
import com.sidekickforge.monitor.sampledata.SampleDataGenerator;
import com.sidekickforge.monitor.sampledata.SampleDataSpec;
import com.sidekickforge.monitor.sampledata.TenantPlacement;
import com.sidekickforge.monitor.source.PlatformClients;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code forge-monitor generate}: fills an empty database (PostgreSQL for the benchmarks) with the demo's
 * generator at any size. Every client's tenant tables go into that database too.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = { "Fills an EMPTY database with generated Sidekick Forge data, e.g. for benchmarks:",
				"  forge-monitor generate --url jdbc:postgresql://localhost:5432/bench --username postgres "
						+ "--clients 10000 --transcript-rows 10000000",
				"All tenant tables go into the same database (no tenants.yml needed)." })
public final class GenerateCommand implements Callable<Integer> {

	@Option(names = "--url", required = true, paramLabel = "JDBC_URL", description = "The database to fill.")
	private String url;

	@Option(names = "--username", paramLabel = "USER")
	private String username;

	@Option(names = "--password", paramLabel = "PASSWORD", description = "Or the FORGE_GENERATE_PASSWORD variable.")
	private String password;

	@Option(names = "--clients", paramLabel = "N", defaultValue = "12")
	private int clients;

	@Option(names = "--transcript-rows", paramLabel = "N",
			description = "Scale activity so that about N transcript rows are written (default: the demo's volume).")
	private Long transcriptRows;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "42")
	private long seed;

	@Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Last day of the history (default: today).")
	private LocalDate asOf;

	@Option(names = "--timezone", paramLabel = "ZONE", defaultValue = "UTC", description = "Billing time zone.")
	private ZoneId zone;

	@Option(names = "--threads", paramLabel = "T", defaultValue = "2")
	private int threads;

	@Option(names = "--batch-size", paramLabel = "N", defaultValue = "2000")
	private int batchSize;

	private final PrintStream out;

	public GenerateCommand(PrintStream out) {
		this.out = out;
	}

	@Override
	public Integer call() throws SQLException {
		if (this.clients < 1 || this.threads < 1 || this.batchSize < 1) {
			throw new UsageException("--clients, --threads and --batch-size must be at least 1");
		}
		String jdbcUrl = this.url;
		if (jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.contains("reWriteBatchedInserts")) {
			// Lets the driver send a batch as multi-row inserts: several times faster.
			jdbcUrl += (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
		}
		String secret = (this.password != null) ? this.password : System.getenv("FORGE_GENERATE_PASSWORD");
		DriverManagerDataSource database = new DriverManagerDataSource(jdbcUrl, this.username, secret);
		refuseUnlessEmpty(database);
		SampleDataSpec spec = SampleDataSpec.of(this.seed, this.clients,
				(this.asOf != null) ? this.asOf : LocalDate.now(this.zone), this.zone);
		if (this.transcriptRows != null) {
			spec = spec.withVolumeScale(this.transcriptRows / SampleDataGenerator.estimateTranscriptRows(spec));
		}
		this.out.printf(Locale.ROOT, "Generating %,d clients (volume scale %.4f) into %s%n", this.clients,
				spec.volumeScale(), this.url);
		GenerationSummary summary = new SampleDataGenerator(this.batchSize, this.threads).generate(spec, database,
				TenantPlacement.PLATFORM, TerminalProgress.forConsole("clients"));
		summary.rowsByTable().forEach((table, count) -> this.out.printf(Locale.ROOT, "  %-26s %,14d%n", table, count));
		this.out.printf(Locale.ROOT, "%,d rows in %.1f s: %,.0f rows/s (%,.0f transcript rows/s)%n", summary.totalRows(),
				summary.elapsed().toMillis() / 1000.0, summary.rowsPerSecond(),
				summary.rows("conversation_transcripts") / Math.max(0.001, summary.elapsed().toMillis() / 1000.0));
		if (jdbcUrl.startsWith("jdbc:postgresql:")) {
			// Planner statistics now, as autovacuum would give a live database later: without them PostgreSQL
			// plans the freshly filled tables as if they were empty (sequential scans for indexed lookups).
			long started = System.nanoTime();
			new JdbcTemplate(database).execute("ANALYZE");
			this.out.printf(Locale.ROOT, "ANALYZE in %.1f s%n", (System.nanoTime() - started) / 1e9);
		}
		return 0;
	}

	/** Generated rows go only into a database that holds no clients yet. */
	private static void refuseUnlessEmpty(DriverManagerDataSource database) throws SQLException {
		try (Connection connection = database.getConnection();
				ResultSet tables = connection.getMetaData().getTables(null, null, "clients", null)) {
			if (!tables.next()) {
				return;
			}
			long clients = new PlatformClients(database).count();
			if (clients > 0) {
				throw new UsageException("The database already has " + clients
						+ " clients: generate only fills an empty database (create a new one first).");
			}
		}
	}

}
