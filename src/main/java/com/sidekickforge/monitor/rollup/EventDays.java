package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

import com.sidekickforge.monitor.source.AgentDayAmount;
import com.sidekickforge.monitor.source.ConversationCount;
import com.sidekickforge.monitor.source.DayRange;
import com.sidekickforge.monitor.source.UsageMetric;

/**
 * Event-derived daily sums and conversation statistics in the own store. A source's rows for a metric
 * and range are replaced as a whole, so that reading the same events again changes nothing.
 */
@Repository
class EventDays {

	private static final int BATCH = 1000;

	private final NamedParameterJdbcTemplate store;

	EventDays(DataSource store) {
		this.store = new NamedParameterJdbcTemplate(store);
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

	/** Adds amounts in batches; call {@link Batch#flush()} at the end. */
	Batch<AgentDayAmount> amounts(String source) {
		return new Batch<>((rows) -> this.store.batchUpdate("""
				INSERT INTO monitor.event_daily (source, client_id, agent_id, usage_date, metric, amount)
				VALUES (:source, :client, :agent, :day, :metric, :amount)
				""", rows.stream()
			.map((a) -> new MapSqlParameterSource("source", source).addValue("client", a.clientId())
				.addValue("agent", a.agentId())
				.addValue("day", a.day())
				.addValue("metric", a.metric().name())
				.addValue("amount", a.amount()))
			.toArray(SqlParameterSource[]::new)));
	}

	void clearConversations(String source, DayRange range, UUID client) {
		this.store.update("""
				DELETE FROM monitor.conversation_stats WHERE source = :source AND usage_date BETWEEN :first AND :last
				""" + ((client != null) ? " AND client_id = :client" : ""),
				new MapSqlParameterSource("source", source).addValue("first", range.first())
					.addValue("last", range.last())
					.addValue("client", client));
	}

	/** Adds conversation counts, each with its client. */
	Batch<Map.Entry<UUID, ConversationCount>> conversations(String source) {
		return new Batch<>((rows) -> this.store.batchUpdate("""
				INSERT INTO monitor.conversation_stats
				  (source, client_id, agent_id, usage_date, hour_of_day, channel, status, conversations, messages)
				VALUES (:source, :client, :agent, :day, :hour, :channel, :status, :conversations, :messages)
				""", rows.stream().map((entry) -> {
			ConversationCount c = entry.getValue();
			return new MapSqlParameterSource("source", source).addValue("client", entry.getKey())
				.addValue("agent", c.agentId())
				.addValue("day", c.day())
				.addValue("hour", c.hour())
				.addValue("channel", c.channel())
				.addValue("status", (c.status() != null) ? c.status() : "untracked")
				.addValue("conversations", c.conversations())
				.addValue("messages", c.messages());
		}).toArray(SqlParameterSource[]::new)));
	}

	/** A client's event sums per sidekick and day within the range (voice, text, chunks). */
	Map<UUID, Map<LocalDate, Counters>> estimates(UUID client, DayRange range) {
		Map<UUID, Map<LocalDate, Counters>> estimates = new HashMap<>();
		this.store.query("""
				SELECT agent_id, usage_date, metric, amount FROM monitor.event_daily
				WHERE client_id = :client AND usage_date BETWEEN :first AND :last AND metric <> 'VOICE_SESSIONS'
				""", new MapSqlParameterSource("client", client).addValue("first", range.first())
			.addValue("last", range.last()), (rs) -> {
				Map<LocalDate, Counters> days = estimates.computeIfAbsent(rs.getObject(1, UUID.class),
						(a) -> new HashMap<>());
				LocalDate day = rs.getObject(2, LocalDate.class);
				long amount = rs.getLong(4);
				Counters add = switch (UsageMetric.valueOf(rs.getString(3))) {
					case VOICE_SECONDS -> new Counters(amount, 0, 0);
					case TEXT_MESSAGES -> new Counters(0, amount, 0);
					case EMBEDDING_CHUNKS -> new Counters(0, 0, amount);
					case VOICE_SESSIONS -> Counters.ZERO;
				};
				days.merge(day, add, Counters::plus);
			});
		return estimates;
	}

	/** A client's event totals over the range. */
	Counters totals(UUID client, DayRange range) {
		Counters[] total = { Counters.ZERO };
		estimates(client, range).values()
			.forEach((days) -> days.values().forEach((c) -> total[0] = total[0].plus(c)));
		return total[0];
	}

	/** Rows written in batches of a thousand. */
	static final class Batch<T> {

		private final java.util.function.Consumer<List<T>> writer;

		private final List<T> rows = new ArrayList<>(BATCH);

		private long written;

		Batch(java.util.function.Consumer<List<T>> writer) {
			this.writer = writer;
		}

		void add(T row) {
			this.rows.add(row);
			if (this.rows.size() >= BATCH) {
				flush();
			}
		}

		long flush() {
			if (!this.rows.isEmpty()) {
				this.writer.accept(List.copyOf(this.rows));
				this.written += this.rows.size();
				this.rows.clear();
			}
			return this.written;
		}

	}

}
