package com.sidekickforge.monitor.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
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

	/** tier is an enum in PostgreSQL: read it as text. */
	private static final String IDENTITY = "id, name, CAST(tier AS varchar) AS tier, hosting_type";

	public List<ClientIdentity> all() {
		return this.platform.sql("SELECT " + IDENTITY + " FROM clients ORDER BY name, id")
			.query((rs, n) -> identity(rs))
			.list()
			.stream()
			.sorted(Comparator.comparing(ClientIdentity::name, NameOrder.names()))
			.toList();
	}

	/** Every client with its own LiveKit server and keys, where it has one. */
	public List<ClientLiveKit> liveKits() {
		return this.platform
			.sql("SELECT " + IDENTITY + ", livekit_url, livekit_api_key, livekit_api_secret FROM clients ORDER BY name, id")
			.query((rs, n) -> new ClientLiveKit(identity(rs), blankToNull(rs.getString("livekit_url")),
					rs.getString("livekit_api_key"), rs.getString("livekit_api_secret")))
			.list();
	}

	private static ClientIdentity identity(ResultSet rs) throws SQLException {
		return new ClientIdentity(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("tier"),
				rs.getString("hosting_type"));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** How many clients the platform database holds. */
	public long count() {
		return this.platform.sql("SELECT COUNT(*) FROM clients").query(Long.class).single();
	}

	/** Points a client at a LiveKit server: the demo's loopback stand-ins are known only once they listen. */
	public void useLiveKit(UUID client, String url, String apiKey, String apiSecret) {
		this.platform.sql("""
				UPDATE clients SET livekit_url = :url, livekit_api_key = :key, livekit_api_secret = :secret
				WHERE id = :id""")
			.param("url", url)
			.param("key", apiKey)
			.param("secret", apiSecret)
			.param("id", client)
			.update();
	}

	/** The client a reference (id or slug) names, if any. */
	public Optional<ClientIdentity> find(String reference) {
		return all().stream().filter((client) -> client.isNamedBy(reference)).findFirst();
	}

}
