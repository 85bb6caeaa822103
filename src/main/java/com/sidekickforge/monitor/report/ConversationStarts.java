package com.sidekickforge.monitor.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * When conversations started, by the {@code conversation_started} rows of {@code activity_log}: the other end of
 * an ended conversation's duration (the log's {@code conversation_ended} row says only when it ended).
 */
final class ConversationStarts {

	/** Conversation ids per query: well under what every database takes as parameters. */
	private static final int BATCH = 500;

	private final NamedParameterJdbcTemplate platform;

	ConversationStarts(DataSource platform) {
		this.platform = new NamedParameterJdbcTemplate(platform);
	}

	/** Each conversation's start, for those that started in the range (by {@code resource_id}). */
	Map<String, Instant> of(Collection<String> conversations, Instant from, Instant to) {
		Map<String, Instant> starts = new HashMap<>();
		List<String> ids = new ArrayList<>(conversations);
		for (int i = 0; i < ids.size(); i += BATCH) {
			MapSqlParameterSource parameters = new MapSqlParameterSource("ids", ids.subList(i, Math.min(ids.size(), i + BATCH)))
				.addValue("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
				.addValue("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
			this.platform.query("""
					SELECT resource_id, MIN(created_at) FROM activity_log
					WHERE activity_type = 'conversation_started' AND created_at >= :from AND created_at < :to
					  AND resource_id IN (:ids)
					GROUP BY resource_id
					""", parameters, (rs) -> {
				starts.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
			});
		}
		return starts;
	}

}
