package com.sidekickforge.monitor.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.sampledata.ClientProfile;
import com.sidekickforge.monitor.sampledata.TenantPlacement;

/**
 * The demo's tenant databases: one embedded H2 file per dedicated client under {@code data/tenants/},
 * as a real deployment has one database per dedicated client; and the {@code tenants.yml} that lists them.
 */
final class DemoTenants implements TenantPlacement {

	private final Path directory;

	DemoTenants(Path directory) {
		this.directory = directory;
	}

	@Override
	public Optional<DataSource> tenantDatabase(ClientProfile client) {
		if (!client.dedicated()) {
			return Optional.empty();
		}
		return Optional.of(new DriverManagerDataSource(url(client)));
	}

	String url(ClientProfile client) {
		return ForgeProperties.h2FileUrl(file(client));
	}

	/** The database's path without H2's {@code .mv.db} suffix. */
	Path file(ClientProfile client) {
		return this.directory.resolve(client.slug());
	}

	Map<String, Path> databases(List<ClientProfile> clients) {
		Map<String, Path> databases = new LinkedHashMap<>();
		clients.stream()
			.filter(ClientProfile::dedicated)
			.forEach((client) -> databases.put(client.slug(), Path.of(file(client) + ".mv.db")));
		return databases;
	}

	boolean allExist(List<ClientProfile> clients) {
		return databases(clients).values().stream().allMatch(Files::isRegularFile);
	}

	/** Deletes every tenant database file, so that generation starts from empty databases. */
	void reset() {
		if (!Files.isDirectory(this.directory)) {
			return;
		}
		try (Stream<Path> files = Files.list(this.directory)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".db")).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot clear the demo tenant databases in " + this.directory, ex);
		}
	}

	/** Writes {@code tenants.yml} naming every dedicated client's database. */
	Path writeConfig(Path file, List<ClientProfile> clients) {
		StringBuilder yaml = new StringBuilder("""
				# Written by `forge-monitor demo`: where each dedicated client's tenant tables live.
				# Shared clients keep theirs in the platform database and need no entry.
				tenants:
				""");
		for (ClientProfile client : clients) {
			if (client.dedicated()) {
				yaml.append("  - client: ").append(client.slug()).append('\n');
				yaml.append("    url: \"").append(url(client)).append("\"\n");
			}
		}
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, yaml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
		return file;
	}

}
