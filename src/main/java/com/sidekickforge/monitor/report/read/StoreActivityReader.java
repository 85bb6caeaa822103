package com.sidekickforge.monitor.report.read;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.sidekickforge.monitor.source.StreamingQuery;

/**
 * Reads the rollup's results for every client over a range of days in three streamed queries, however many
 * clients there are (a report run reads once, then builds every scope from memory).
 */
final class StoreActivityReader {

	private final DataSource store;

	StoreActivityReader(DataSource store) {
		this.store = store;
	}

	Map<UUID, ClientActivity> read(LocalDate first, LocalDate last) {
		Map<UUID, ClientActivity> clients = new HashMap<>();
		Canonical canonical = new Canonical();
		StreamingQuery.run(this.store, (jdbc) -> {
			jdbc.query("""
					SELECT client_id, agent_id, usage_date, voice_seconds, text_messages, embedding_chunks, origin
					FROM monitor.daily_usage WHERE usage_date BETWEEN ? AND ?
					""", (rs) -> {
				of(clients, rs.getObject(1, UUID.class)).usage
					.add(new ClientActivity.UsageRow(canonical.of(rs.getObject(2, UUID.class)),
							canonical.of(rs.getObject(3, LocalDate.class)),
							rs.getLong(4), rs.getLong(5), rs.getLong(6), "estimated".equals(rs.getString(7))));
			}, first, last);
			jdbc.query("""
					SELECT client_id, agent_id, usage_date, hour_of_day, channel, status, conversations, messages
					FROM monitor.conversation_stats WHERE usage_date BETWEEN ? AND ?
					""", (rs) -> {
				of(clients, rs.getObject(1, UUID.class)).conversations.add(new ClientActivity.ConversationRow(
						canonical.of(rs.getObject(2, UUID.class)), canonical.of(rs.getObject(3, LocalDate.class)), rs.getInt(4),
						rs.getString(5).intern(), rs.getString(6).intern(), rs.getLong(7), rs.getLong(8)));
			}, first, last);
			jdbc.query("""
					SELECT client_id, usage_date,
					  SUM(CASE WHEN metric = 'VOICE_SECONDS' THEN amount ELSE 0 END),
					  SUM(CASE WHEN metric = 'VOICE_SESSIONS' THEN amount ELSE 0 END)
					FROM monitor.event_daily
					WHERE usage_date BETWEEN ? AND ? AND metric IN ('VOICE_SECONDS', 'VOICE_SESSIONS')
					GROUP BY client_id, usage_date
					""", (rs) -> {
				of(clients, rs.getObject(1, UUID.class)).voiceCalls
					.add(new ClientActivity.VoiceCalls(canonical.of(rs.getObject(2, LocalDate.class)), rs.getLong(3),
							rs.getLong(4)));
			}, first, last);
		});
		return clients;
	}

	private static ClientActivity of(Map<UUID, ClientActivity> clients, UUID client) {
		return clients.computeIfAbsent(client, (id) -> new ClientActivity());
	}

}
