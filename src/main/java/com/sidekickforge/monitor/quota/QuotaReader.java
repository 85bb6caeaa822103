package com.sidekickforge.monitor.quota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads every client's quotas for a billing period from the platform database: the period's
 * {@code agent_usage} counters summed over the client's sidekicks, against the {@code tier_quotas} row of
 * the client's current tier (the product's defaults when the tier has none).
 */
public final class QuotaReader {

	private final JdbcClient platform;

	public QuotaReader(DataSource platform) {
		this.platform = JdbcClient.create(platform);
	}

	/** Every client (or the one named by id when {@code onlyClient} is not null), ordered by name. */
	public List<ClientQuotas> period(LocalDate periodStart, UUID onlyClient) {
		Map<UUID, long[]> used = new HashMap<>();
		this.platform.sql("""
				SELECT client_id, SUM(voice_seconds_used), SUM(text_messages_used), SUM(embedding_chunks_used)
				FROM agent_usage WHERE period_start = :period GROUP BY client_id
				""").param("period", periodStart).query((rs) -> {
			used.put(rs.getObject(1, UUID.class), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) });
		});
		List<ClientQuotas> clients = new ArrayList<>();
		// tier is an enum in PostgreSQL and tier_quotas.tier a varchar: compare as text.
		this.platform.sql("""
				SELECT c.id, c.name, CAST(c.tier AS varchar), c.owner_email,
				  q.voice_seconds_per_month, q.text_messages_per_month, q.embedding_chunks_per_month, q.tier
				FROM clients c LEFT JOIN tier_quotas q ON q.tier = CAST(c.tier AS varchar)
				ORDER BY c.name, c.id
				""").query((rs) -> {
			UUID id = rs.getObject(1, UUID.class);
			if (onlyClient != null && !onlyClient.equals(id)) {
				return;
			}
			boolean tierRow = rs.getString(8) != null;
			long[] counters = used.getOrDefault(id, new long[3]);
			List<Quota> quotas = new ArrayList<>();
			QuotaMetric[] metrics = QuotaMetric.values();
			for (int i = 0; i < metrics.length; i++) {
				long limit = tierRow ? rs.getLong(5 + i) : metrics[i].productDefault();
				quotas.add(new Quota(metrics[i], counters[i], limit));
			}
			clients.add(new ClientQuotas(id, rs.getString(2), rs.getString(3), rs.getString(4), periodStart,
					List.copyOf(quotas)));
		});
		return clients;
	}

}
