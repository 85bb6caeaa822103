package com.sidekickforge.monitor.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ConfigException;
import com.sidekickforge.monitor.config.ConfigProblem;
import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.LastGood;
import com.sidekickforge.monitor.config.PlatformDatabase;
import com.sidekickforge.monitor.config.TenantDatabase;
import com.sidekickforge.monitor.config.TenantsFile;


/**
 * Where every client's tenant tables are: its {@code tenants.yml} entry, else the platform database.
 * Read again when it changes, so a changed file takes effect at the next run; a broken edit is logged and the last
 * good version kept.
 */
@Component
public class TenantDatabases {

	private final ForgeProperties properties;

	private final DataSource platform;

	private final LastGood<List<TenantDatabase>> file;

	TenantDatabases(ForgeProperties properties, @PlatformDatabase DataSource platform) {
		this.properties = properties;
		this.platform = platform;
		this.file = new LastGood<>(properties.configDir().resolve("tenants.yml"),
				(path) -> TenantsFile.read(path, System.getenv()));
	}

	/** The platform partition first, then one per dedicated client with an entry. */
	public List<SourcePartition> partitions() {
		List<ClientIdentity> clients = new PlatformClients(this.platform).all();
		List<SourcePartition> partitions = new ArrayList<>();
		partitions.add(new SourcePartition(null, this.platform));
		List<ConfigProblem> problems = new ArrayList<>();
		var file = this.properties.configDir().resolve("tenants.yml");
		for (TenantDatabase tenant : this.file.get()) {
			ClientIdentity client = clients.stream()
				.filter((c) -> c.isNamedBy(tenant.client()))
				.findFirst()
				.orElse(null);
			if (client == null) {
				problems.add(new ConfigProblem(file, 1, "tenants", "no client '" + tenant.client()
						+ "' in the platform database", "the id or slug of an existing client"));
				continue;
			}
			partitions.add(new SourcePartition(client,
					new DriverManagerDataSource(tenant.url(), tenant.username(), tenant.password())));
		}
		if (!problems.isEmpty()) {
			throw new ConfigException(problems);
		}
		return partitions;
	}

	/** The clients whose tenant tables are in their own database. */
	public static Set<UUID> dedicated(List<SourcePartition> partitions) {
		return partitions.stream()
			.filter((p) -> !p.isPlatform())
			.map((p) -> p.client().id())
			.collect(Collectors.toSet());
	}

}
