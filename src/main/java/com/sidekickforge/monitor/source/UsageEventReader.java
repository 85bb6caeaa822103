package com.sidekickforge.monitor.source;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Sums what the event tables of one database say, per sidekick and local day: voice calls from
 * {@code livekit_events}, typed messages from {@code conversation_transcripts}, chunks from
 * {@code document_chunks}, and conversations started. The sums are computed by the database; results
 * are streamed, so memory does not grow with the number of events.
 */
public final class UsageEventReader {

	/** Rooms the product opens that are not voice calls. */
	public static final String VOICE_ROOMS = "room_name NOT LIKE 'text-%' AND room_name NOT LIKE 'prewarm-%' "
			+ "AND room_name NOT LIKE 'react-embed-%'";

	private static final Pattern CLIENT_ID = Pattern.compile("\"client_id\"\\s*:\\s*\"([^\"]*)\"");

	private static final Pattern AGENT_ID = Pattern.compile("\"agent_id\"\\s*:\\s*\"([^\"]*)\"");

	private final DataSource database;

	private final SourceDatabase kind;

	public UsageEventReader(DataSource database) {
		this.database = database;
		this.kind = SourceDatabase.of(database);
	}

	/**
	 * Seconds and number of finished voice calls per client, sidekick and day (platform database). A call
	 * whose metadata names no valid client or sidekick is counted in the returned number and left out.
	 */
	public long voice(DayRange range, Consumer<AgentDayAmount> amounts) {
		String day = range.daySql("created_at");
		String where = "event_type = 'room_finished' AND created_at >= :from AND created_at < :to AND " + VOICE_ROOMS;
		if (this.kind == SourceDatabase.POSTGRESQL) {
			long[] unattributed = new long[1];
			// Ids as the sums' key, in one spelling: "ABC..." and " abc..." name the same client and must make one
			// row (the store's key would refuse two).
			stream("""
					SELECT lower(btrim(metadata->>'client_id')), lower(btrim(metadata->>'agent_id')), %s,
					       COUNT(*), COALESCE(SUM(duration), 0)
					FROM livekit_events WHERE %s GROUP BY 1, 2, 3""".formatted(day, where), range,
					(ResultSet rs) -> {
						UUID client = uuid(rs.getString(1));
						UUID agent = uuid(rs.getString(2));
						if (client == null || agent == null) {
							unattributed[0] += rs.getLong(4);
							return;
						}
						LocalDate date = DayRange.day(rs.getInt(3));
						amounts.accept(new AgentDayAmount(client, agent, date, UsageMetric.VOICE_SECONDS, rs.getLong(5)));
						amounts.accept(new AgentDayAmount(client, agent, date, UsageMetric.VOICE_SESSIONS, rs.getLong(4)));
					});
			return unattributed[0];
		}
		// H2 cannot reach into JSON: read the metadata as text and sum here, per client, sidekick and day.
		Map<String, long[]> sums = new HashMap<>();
		long[] unattributed = new long[1];
		stream("SELECT CAST(metadata AS varchar), %s, COALESCE(duration, 0) FROM livekit_events WHERE %s"
			.formatted(day, where), range, (ResultSet rs) -> {
					String metadata = rs.getString(1);
					UUID client = uuid(field(CLIENT_ID, metadata));
					UUID agent = uuid(field(AGENT_ID, metadata));
					if (client == null || agent == null) {
						unattributed[0]++;
						return;
					}
					long[] sum = sums.computeIfAbsent(client + " " + agent + " " + rs.getInt(2), (k) -> new long[2]);
					sum[0] += rs.getLong(3);
					sum[1]++;
				});
		sums.forEach((key, sum) -> {
			String[] parts = key.split(" ");
			UUID client = UUID.fromString(parts[0]);
			UUID agent = UUID.fromString(parts[1]);
			LocalDate date = DayRange.day(Integer.parseInt(parts[2]));
			amounts.accept(new AgentDayAmount(client, agent, date, UsageMetric.VOICE_SECONDS, sum[0]));
			amounts.accept(new AgentDayAmount(client, agent, date, UsageMetric.VOICE_SESSIONS, sum[1]));
		});
		return unattributed[0];
	}

	/** Typed user messages per sidekick and day (tenant tables). */
	public void textMessages(DayRange range, Consumer<AgentDayAmount> amounts) {
		String day = range.daySql("created_at");
		stream("""
				SELECT agent_id, %1$s, COUNT(*) FROM conversation_transcripts
				WHERE role = 'user' AND source = 'text' AND created_at >= :from AND created_at < :to
				  AND agent_id IS NOT NULL
				GROUP BY agent_id, %1$s""".formatted(day), range, (ResultSet rs) -> {
					amounts.accept(new AgentDayAmount(null, rs.getObject(1, UUID.class), DayRange.day(rs.getInt(2)),
							UsageMetric.TEXT_MESSAGES, rs.getLong(3)));
				});
	}

	/** Chunks created per sidekick (the document's) and day (tenant tables). */
	public void embeddingChunks(DayRange range, Consumer<AgentDayAmount> amounts) {
		String day = range.daySql("c.created_at");
		stream("""
				SELECT d.agent_id, %1$s, COUNT(*) FROM document_chunks c
				JOIN documents d ON d.id = c.document_id
				WHERE c.created_at >= :from AND c.created_at < :to AND d.agent_id IS NOT NULL
				GROUP BY d.agent_id, %1$s""".formatted(day), range, (ResultSet rs) -> {
					amounts.accept(new AgentDayAmount(null, rs.getObject(1, UUID.class), DayRange.day(rs.getInt(2)),
							UsageMetric.EMBEDDING_CHUNKS, rs.getLong(3)));
				});
	}

	/**
	 * Conversations started per sidekick, day, hour, channel and status (when the tenant tracks it), with
	 * the number of their transcript messages.
	 */
	public void conversations(DayRange range, Consumer<ConversationCount> counts) {
		boolean tracksStatus = SourceDatabase.hasColumn(this.database, "conversations", "status");
		String day = range.daySql("c.created_at");
		String hour = range.hourSql("c.created_at");
		String status = tracksStatus ? "c.status" : "CAST(NULL AS varchar)";
		stream("""
				SELECT c.agent_id, %1$s, %2$s, c.channel, %3$s, COUNT(*), COALESCE(SUM(m.messages), 0)
				FROM conversations c
				LEFT JOIN (SELECT conversation_id, COUNT(*) AS messages FROM conversation_transcripts
				           WHERE created_at >= :from GROUP BY conversation_id) m ON m.conversation_id = c.id
				WHERE c.created_at >= :from AND c.created_at < :to AND c.agent_id IS NOT NULL
				GROUP BY c.agent_id, %1$s, %2$s, c.channel%4$s""".formatted(day, hour, status,
				tracksStatus ? ", c.status" : ""), range, (ResultSet rs) -> {
					counts.accept(new ConversationCount(rs.getObject(1, UUID.class), DayRange.day(rs.getInt(2)),
							rs.getInt(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7)));
				});
	}

	/** Runs one query of the range's events ({@code :from}, {@code :to}) whose rows stream, read-only. */
	private void stream(String sql, DayRange range, RowCallbackHandler rows) {
		Map<String, Object> parameters = Map.of("from", timestamp(range.start()), "to", timestamp(range.end()));
		StreamingQuery.run(this.database, (jdbc) -> new NamedParameterJdbcTemplate(jdbc).query(sql, parameters, rows));
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String field(Pattern pattern, String json) {
		if (json == null) {
			return null;
		}
		Matcher matcher = pattern.matcher(json);
		return matcher.find() ? matcher.group(1) : null;
	}

	static UUID uuid(String text) {
		if (text == null) {
			return null;
		}
		try {
			return UUID.fromString(text.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}


}
