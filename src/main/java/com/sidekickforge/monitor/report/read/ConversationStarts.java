package com.sidekickforge.monitor.report.read;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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

	/** A moment as both PostgreSQL and H2 read a timestamp literal. */
	private static final DateTimeFormatter LITERAL = DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx")
		.withZone(ZoneOffset.UTC);

	private final NamedParameterJdbcTemplate platform;

	ConversationStarts(DataSource platform) {
		this.platform = new NamedParameterJdbcTemplate(platform);
	}

	/**
	 * Each conversation's start (by {@code resource_id}), looked for within {@code before} of its end. The ends are
	 * taken in time order, so that each query reads only the narrow stretch of the log its batch of ends spans: a
	 * query over the whole range (a year, for the longest period) read the year's rows once per batch of 500.
	 *
	 * @param ends when each conversation ended, by conversation id
	 */
	Map<String, Instant> of(Map<String, Instant> ends, Duration before) {
		Map<String, Instant> starts = new HashMap<>();
		List<Map.Entry<String, Instant>> ids = new ArrayList<>(ends.entrySet());
		ids.sort(Map.Entry.comparingByValue());
		for (int i = 0; i < ids.size(); i += BATCH) {
			List<Map.Entry<String, Instant>> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
			MapSqlParameterSource parameters = new MapSqlParameterSource("ids",
					batch.stream().map(Map.Entry::getKey).toList());
			// The stretch written out, not as parameters: PostgreSQL plans a statement it has prepared five times
			// once for any range, and that plan scanned the whole log in parallel (0.1-0.8 s a batch instead of a
			// few ms through the created_at index). Instants formatted here, never text from outside.
			String from = LITERAL.format(batch.get(0).getValue().minus(before));
			String to = LITERAL.format(batch.get(batch.size() - 1).getValue().plusMillis(1));
			this.platform.query("SELECT resource_id, MIN(created_at) FROM activity_log"
					+ " WHERE activity_type = 'conversation_started' AND created_at >= TIMESTAMP WITH TIME ZONE '" + from
					+ "' AND created_at < TIMESTAMP WITH TIME ZONE '" + to + "' AND resource_id IN (:ids)"
					+ " GROUP BY resource_id", parameters, (rs) -> {
				starts.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
			});
		}
		return starts;
	}

}
