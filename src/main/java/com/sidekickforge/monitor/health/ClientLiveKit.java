package com.sidekickforge.monitor.health;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.source.ClientIdentity;

/**
 * A client and, when it has its own, its LiveKit server and keys (the {@code clients} table).
 *
 * @param url null when the client uses the platform's server
 */
record ClientLiveKit(ClientIdentity client, String url, String apiKey, String apiSecret) {

	static List<ClientLiveKit> read(DataSource platform) {
		return JdbcClient.create(platform)
			.sql("SELECT id, name, CAST(tier AS varchar) AS tier, hosting_type, livekit_url, livekit_api_key, "
					+ "livekit_api_secret FROM clients ORDER BY name, id")
			.query((rs, n) -> new ClientLiveKit(new ClientIdentity(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("tier"), rs.getString("hosting_type")), blankToNull(rs.getString("livekit_url")),
					rs.getString("livekit_api_key"), rs.getString("livekit_api_secret")))
			.list();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
