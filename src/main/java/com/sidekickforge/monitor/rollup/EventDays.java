package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import com.sidekickforge.monitor.source.AgentDayAmount;
import com.sidekickforge.monitor.source.ConversationCount;
import com.sidekickforge.monitor.source.DayRange;
import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.source.UsageMetric;

/**
 * Event-derived daily sums and conversation statistics in the own store. A source's rows for a metric
 * and range are replaced as a whole, so that reading the same events again changes nothing.
 */
@Repository
class EventDays {

	private final NamedParameterJdbcTemplate store;

	private final DataSource dataSource;

	private final SourceDatabase kind;

	EventDays(DataSource store) {
		this.store = new NamedParameterJdbcTemplate(store);
		this.dataSource = store;
		this.kind = SourceDatabase.of(store);
	}

	/** Forgets a source's sums of a metric over the range (of one client, or all when null). */
	void clear(String source, UsageMetric metric, DayRange range, UUID client) {
		this.store.update("""
				DELETE FROM monitor.event_daily
				WHERE source = :source AND metric = :metric AND usage_date BETWEEN :first AND :last
				""" + ((client != null) ? " AND client_id = :client" : ""),
				new MapSqlParameterSource("source", source).addValue("metric", metric.name())
					.addValue("first", range.first())
					.addValue("last", range.last())
					.addValue("client", client));
	}

	/** Adds amounts in bulk; close (or flush) at the end. */
	BulkRows amounts() {
		return new BulkRows(this.dataSource, this.kind, "monitor.event_daily", "source", "client_id", "agent_id",
				"usage_date", "metric", "amount");
	}

	static void add(BulkRows rows, String source, AgentDayAmount amount) {
		rows.add(source, amount.clientId(), amount.agentId(), amount.day(), amount.metric().name(), amount.amount());
	}

	void clearConversations(String source, DayRange range, UUID client) {
		this.store.update("""
				DELETE FROM monitor.conversation_stats WHERE source = :source AND usage_date BETWEEN :first AND :last
				""" + ((client != null) ? " AND client_id = :client" : ""),
				new MapSqlParameterSource("source", source).addValue("first", range.first())
					.addValue("last", range.last())
					.addValue("client", client));
	}

	/** Adds conversation counts in bulk; close (or flush) at the end. */
	BulkRows conversations() {
		return new BulkRows(this.dataSource, this.kind, "monitor.conversation_stats", "source", "client_id",
				"agent_id", "usage_date", "hour_of_day", "channel", "status", "conversations", "messages");
	}

	static void add(BulkRows rows, String source, UUID client, ConversationCount c) {
		rows.add(source, client, c.agentId(), c.day(), c.hour(), c.channel(),
				(c.status() != null) ? c.status() : "untracked", c.conversations(), c.messages());
	}

	/** A client's event sums per sidekick and day within the range (voice, text, chunks). */
	Map<UUID, Map<LocalDate, Counters>> estimates(UUID client, DayRange range) {
		Map<UUID, Map<LocalDate, Counters>> estimates = new HashMap<>();
		this.store.query("""
				SELECT agent_id, usage_date, metric, amount FROM monitor.event_daily
				WHERE client_id = :client AND usage_date BETWEEN :first AND :last AND metric <> 'VOICE_SESSIONS'
				""", new MapSqlParameterSource("client", client).addValue("first", range.first())
			.addValue("last", range.last()), (rs) -> {
				long amount = rs.getLong(4);
				Counters add = switch (UsageMetric.valueOf(rs.getString(3))) {
					case VOICE_SECONDS -> new Counters(amount, 0, 0);
					case TEXT_MESSAGES -> new Counters(0, amount, 0);
					case EMBEDDING_CHUNKS -> new Counters(0, 0, amount);
					case VOICE_SESSIONS -> Counters.ZERO;
				};
				estimates.computeIfAbsent(rs.getObject(1, UUID.class), (a) -> new HashMap<>())
					.merge(rs.getObject(2, LocalDate.class), add, Counters::plus);
			});
		return estimates;
	}


}
