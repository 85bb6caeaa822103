package com.sidekickforge.monitor.source;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the {@code clients} table of the platform database. */
public final class PlatformClients {

	private final JdbcClient platform;

	public PlatformClients(DataSource platform) {
		this.platform = JdbcClient.create(platform);
	}

	public List<ClientIdentity> all() {
		// tier is an enum in PostgreSQL: read it as text.
		return this.platform.sql("""
				SELECT id, name, CAST(tier AS varchar) AS tier, hosting_type
				FROM clients
				ORDER BY name, id
				""")
			.query((rs, n) -> new ClientIdentity(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("tier"), rs.getString("hosting_type")))
			.list();
	}

	/** The client a reference (id or slug) names, if any. */
	public Optional<ClientIdentity> find(String reference) {
		return all().stream().filter((client) -> client.isNamedBy(reference)).findFirst();
	}

}
