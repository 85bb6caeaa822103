package com.sidekickforge.monitor.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.TenantDatabase;
import com.sidekickforge.monitor.config.TenantsFile;
import com.sidekickforge.monitor.launch.PlatformLookup;
import com.sidekickforge.monitor.launch.SpringLauncher;
import com.sidekickforge.monitor.source.ClientIdentity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code forge-monitor sql}: one query against the platform database, the own store or a client's tenant
 * database, printed as a table; whatever the query does is rolled back.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
		description = "Runs one SQL query against a database Forge Monitor reads and prints the rows "
				+ "(any change is rolled back).")
public final class SqlCommand implements Callable<Integer> {

	private static final int MAX_ROWS = 500;

	private static final int MAX_WIDTH = 48;

	@Option(names = "--db", paramLabel = "DB", defaultValue = "platform",
			description = "platform, store, or a client id/slug for its tenant database (default: ${DEFAULT-VALUE}).")
	private String database;

	@Option(names = "--out", paramLabel = "DIR",
			description = "Output directory whose embedded databases to use (as forge.output-dir).")
	private Path out;

	@Parameters(paramLabel = "QUERY", description = "The SQL to run.")
	private String query;

	private final SpringLauncher launcher;

	private final PrintStream stdout;

	public SqlCommand(SpringLauncher launcher, PrintStream stdout) {
		this.launcher = launcher;
		this.stdout = stdout;
	}

	@Override
	public Integer call() throws SQLException {
		try (ConfigurableApplicationContext context = this.launcher.start(
				this.launcher.arguments().outputDirSettings(this.out))) {
			ForgeProperties properties = context.getBean(ForgeProperties.class);
			DataSource platform = PlatformLookup.dataSource(context);
			DataSource target = switch (this.database) {
				case "platform" -> platform;
				case "store" -> context.getBean(DataSource.class);
				default -> tenantDatabase(context, platform, properties);
			};
			try (Connection connection = target.getConnection()) {
				connection.setAutoCommit(false);
				try (Statement statement = connection.createStatement()) {
					statement.setMaxRows(MAX_ROWS + 1);
					if (statement.execute(this.query)) {
						try (ResultSet rows = statement.getResultSet()) {
							print(rows);
						}
					}
					else {
						this.stdout.println(statement.getUpdateCount() + " rows would change (rolled back)");
					}
				}
				finally {
					connection.rollback();
				}
			}
		}
		return 0;
	}

	private DataSource tenantDatabase(ConfigurableApplicationContext context, DataSource platform,
			ForgeProperties properties) {
		ClientIdentity client = PlatformLookup.client(context, this.database, "--db",
				"platform, store, or a client id or slug");
		List<TenantDatabase> tenants = TenantsFile.read(properties.configDir().resolve("tenants.yml"), System.getenv());
		return tenants.stream()
			.filter((tenant) -> client.isNamedBy(tenant.client()))
			.findFirst()
			.<DataSource>map((tenant) -> new DriverManagerDataSource(tenant.url(), tenant.username(), tenant.password()))
			.orElseGet(() -> {
				this.stdout.println("(" + client.slug() + " has no entry in tenants.yml: its tables are in the platform"
						+ " database)");
				return platform;
			});
	}

	private void print(ResultSet rows) throws SQLException {
		ResultSetMetaData meta = rows.getMetaData();
		int columns = meta.getColumnCount();
		List<String[]> table = new ArrayList<>();
		String[] header = new String[columns];
		for (int c = 0; c < columns; c++) {
			header[c] = meta.getColumnLabel(c + 1);
		}
		table.add(header);
		boolean more = false;
		while (rows.next()) {
			if (table.size() > MAX_ROWS) {
				more = true;
				break;
			}
			String[] row = new String[columns];
			for (int c = 0; c < columns; c++) {
				String value = rows.getString(c + 1);
				value = (value == null) ? "NULL" : value.replace('\n', ' ');
				row[c] = (value.length() > MAX_WIDTH) ? value.substring(0, MAX_WIDTH - 1) + "…" : value;
			}
			table.add(row);
		}
		int[] widths = new int[columns];
		for (String[] row : table) {
			for (int c = 0; c < columns; c++) {
				widths[c] = Math.max(widths[c], row[c].length());
			}
		}
		for (int r = 0; r < table.size(); r++) {
			StringBuilder line = new StringBuilder();
			for (int c = 0; c < columns; c++) {
				line.append(c == 0 ? "" : " | ").append(String.format("%-" + widths[c] + "s", table.get(r)[c]));
			}
			this.stdout.println(line.toString().stripTrailing());
			if (r == 0) {
				StringBuilder rule = new StringBuilder();
				for (int c = 0; c < columns; c++) {
					rule.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
				}
				this.stdout.println(rule);
			}
		}
		this.stdout.println("(" + (table.size() - 1) + " rows" + (more ? ", more not shown" : "") + ")");
	}

}
