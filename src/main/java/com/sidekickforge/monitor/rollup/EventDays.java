package com.sidekickforge.monitor.rollup;

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

}
