package com.sidekickforge.monitor.source;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads {@code agent_usage}, the authoritative counters, from the platform database: streamed row by
 * row, so that any number of sidekicks reads in constant memory.
 */
public final class AgentUsageReader {

	private final DataSource platform;

	public AgentUsageReader(DataSource platform) {
		this.platform = platform;
	}

	/** Every counter row of a billing period, in client and sidekick order. */
	public void period(LocalDate periodStart, Consumer<CounterRow> rows) {
		StreamingQuery.run(this.platform, (jdbc) -> new NamedParameterJdbcTemplate(jdbc).query("""
				SELECT client_id, agent_id, voice_seconds_used, text_messages_used, embedding_chunks_used
				FROM agent_usage
				WHERE period_start = :periodStart
				ORDER BY client_id, agent_id
				""", new MapSqlParameterSource("periodStart", periodStart),
				(rs) -> {
					rows.accept(new CounterRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getLong(3),
							rs.getLong(4), rs.getLong(5)));
				}));
	}

	/**
	 * Which client each sidekick belongs to, as {@code agent_usage} ties them: the only link for tenant
	 * tables kept in the platform database, which have no client_id.
	 */
	public Map<UUID, UUID> clientsOfAgents() {
		Map<UUID, UUID> clients = new HashMap<>();
		StreamingQuery.run(this.platform, (jdbc) -> jdbc.query("SELECT DISTINCT agent_id, client_id FROM agent_usage",
				(rs) -> {
					clients.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
				}));
		return clients;
	}

}
