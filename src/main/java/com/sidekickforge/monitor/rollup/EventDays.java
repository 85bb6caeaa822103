package com.sidekickforge.monitor.rollup;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
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

	private final DataSource dataSource;

	private final SourceDatabase kind;

	EventDays(DataSource store) {
		this.dataSource = store;
		this.kind = SourceDatabase.of(store);
	}

	/**
	 * Replaces a source's sums of the metrics over the range (of one client, or all when null) by the rows added;
	 * close (or flush) at the end.
	 */
	ReplacedRows amounts(String source, List<UsageMetric> metrics, DayRange range, UUID client) {
		return new ReplacedRows(this.dataSource, this.kind, "monitor.event_daily",
				List.of("usage_date", "client_id", "agent_id"),
				"source = :source AND metric IN (:metrics) AND usage_date BETWEEN :first AND :last"
						+ ((client != null) ? " AND client_id = :client" : ""),
				new MapSqlParameterSource("source", source)
					.addValue("metrics", metrics.stream().map(UsageMetric::name).toList())
					.addValue("first", range.first())
					.addValue("last", range.last())
					.addValue("client", client),
				"source", "client_id", "agent_id", "usage_date", "metric", "amount");
	}

	static void add(ReplacedRows rows, String source, AgentDayAmount amount) {
		rows.add(source, amount.clientId(), amount.agentId(), amount.day(), amount.metric().name(), amount.amount());
	}

	/** Replaces a source's conversation counts over the range (of one client, or all); close at the end. */
	ReplacedRows conversations(String source, DayRange range, UUID client) {
		return new ReplacedRows(this.dataSource, this.kind, "monitor.conversation_stats",
				List.of("usage_date", "client_id", "agent_id", "hour_of_day"),
				"source = :source AND usage_date BETWEEN :first AND :last"
						+ ((client != null) ? " AND client_id = :client" : ""),
				new MapSqlParameterSource("source", source).addValue("first", range.first())
					.addValue("last", range.last())
					.addValue("client", client),
				"source", "client_id", "agent_id", "usage_date", "hour_of_day", "channel", "status", "conversations",
				"messages");
	}

	static void add(ReplacedRows rows, String source, UUID client, ConversationCount c) {
		rows.add(source, client, c.agentId(), c.day(), c.hour(), c.channel(),
				(c.status() != null) ? c.status() : "untracked", c.conversations(), c.messages());
	}

}
