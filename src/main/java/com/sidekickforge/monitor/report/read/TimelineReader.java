package com.sidekickforge.monitor.report.read;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.sidekickforge.monitor.source.StreamingQuery;
import com.sidekickforge.monitor.source.UsageEventReader;

/**
 * Reads the activity timeline of a range for every client: the platform's {@code activity_log} (an ended
 * conversation with its duration since it started), finished voice calls from {@code livekit_events}, Forge
 * Monitor's own events (quota warnings and recoveries) and the health check's failed probes (one error per outage
 * of a probed thing), keeping the newest {@code perClient} of each client. Names are filled in later, from the
 * client directory.
 */
public final class TimelineReader {

	private final DataSource platform;

	private final DataSource store;

	private final JsonMapper json = JsonMapper.builder().build();

	public TimelineReader(DataSource platform, DataSource store) {
		this.platform = platform;
		this.store = store;
	}

	/** An event before names are known; {@code clientId} null for platform-wide ones. */
	public record Entry(String id, String eventType, Instant timestamp, UUID clientId, UUID agentId, String description,
			Map<String, Object> metadata) {
	}

	/** The timeline's order: newest first, ties by id (a stable order to page through). */
	public static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::timestamp).reversed()
		.thenComparing(Entry::id);

	/** Newest first per client (key null: events of no client). */
	public Map<UUID, List<Entry>> read(Instant from, Instant to, int perClient) {
		return read(from, to, perClient, null);
	}

	/**
	 * Newest first per client, only the events the filter keeps: the newest {@code perClient} of those (the
	 * databases then give every event of the range, as the filter cannot be put in their terms).
	 */
	public Map<UUID, List<Entry>> read(Instant from, Instant to, int perClient, Predicate<Entry> filter) {
		Kept events = new Kept(filter, perClient);
		int databaseCap = (filter != null) ? Integer.MAX_VALUE : perClient;
		activityLog(from, to, databaseCap, events);
		events.nextSource();
		voiceCalls(from, to, events);
		events.nextSource();
		ownEvents(from, to, databaseCap, events);
		events.nextSource();
		new ProbeOutages(this.store).read(from, to).forEach(events::add);
		return sortedNewestFirst(events.byClient, perClient);
	}

	/**
	 * The newest {@code limit} entries the filter keeps, newest first, of lists each newest first (as {@link #read}
	 * gives them): merged from the heads of the lists, so a scope of a thousand clients looks at a few hundred
	 * entries rather than sorting two hundred thousand for each of its periods.
	 */
	public static List<Entry> newest(List<List<Entry>> lists, Predicate<Entry> filter, int limit) {
		record Head(Entry entry, Iterator<Entry> rest) {
		}
		PriorityQueue<Head> heads = new PriorityQueue<>(Math.max(1, lists.size()),
				Comparator.comparing(Head::entry, NEWEST_FIRST));
		for (List<Entry> list : lists) {
			Iterator<Entry> rest = list.iterator();
			if (rest.hasNext()) {
				heads.add(new Head(rest.next(), rest));
			}
		}
		List<Entry> newest = new ArrayList<>(Math.min(limit, 1024));
		while (newest.size() < limit && !heads.isEmpty()) {
			Head head = heads.poll();
			if (filter.test(head.entry())) {
				newest.add(head.entry());
			}
			if (head.rest().hasNext()) {
				heads.add(new Head(head.rest().next(), head.rest()));
			}
		}
		return newest;
	}

	private static Map<UUID, List<Entry>> sortedNewestFirst(Map<UUID, List<Entry>> events, int perClient) {
		events.replaceAll((client, list) -> {
			list.sort(NEWEST_FIRST);
			return List.copyOf(list.subList(0, Math.min(perClient, list.size())));
		});
		return events;
	}

	private void activityLog(Instant from, Instant to, int perClient, Kept events) {
		Map<String, Entry> ended = new HashMap<>();
		Canonical canonical = new Canonical();
		StreamingQuery.run(this.platform, (jdbc) -> new NamedParameterJdbcTemplate(jdbc).query("""
				SELECT id, activity_type, action, client_id, agent_id, user_id, resource_type, resource_name, status,
				  error_message, created_at, resource_id FROM (
				  SELECT a.*, ROW_NUMBER() OVER (PARTITION BY client_id ORDER BY created_at DESC, id) AS newest
				  FROM activity_log a WHERE created_at >= :from AND created_at < :to) t
				WHERE newest <= :newest ORDER BY created_at DESC, id
				""", range(from, to, perClient), (RowCallbackHandler) (rs) -> {
			String type = canonical.of(rs.getString(2));
			String status = canonical.of(rs.getString(9));
			if ("voice_call_ended".equals(type)) {
				return; // LiveKit's room_finished says the same, with the call's duration
			}
			EventFacts metadata = EventFacts.builder()
				.put("source", "activity_log")
				.put("activity_type", type)
				.put("action", canonical.of(rs.getString(3)))
				.put("user_id", rs.getString(6))
				.put("resource_type", canonical.of(rs.getString(7)))
				.put("resource_name", rs.getString(8))
				.put("status", status)
				.put("error", rs.getString(10))
				.build();
			String kind = ActivityWording.kind(type, status);
			String description = ActivityWording.describe(type, rs.getString(6), rs.getString(8), status,
					rs.getString(10));
			Entry entry = new Entry(rs.getString(1), kind, instant(rs.getObject(11, OffsetDateTime.class)),
					canonical.of(rs.getObject(4, UUID.class)), canonical.of(rs.getObject(5, UUID.class)), description,
					metadata);
			if (events.add(entry) && "conversation_ended".equals(type) && rs.getString(12) != null) {
				ended.put(rs.getString(12), entry);
			}
		}));
		withDurations(ended, from, to, events);
	}

	/** How long each kept conversation_ended lasted: since its conversation_started (looked up for those only). */
	private void withDurations(Map<String, Entry> ended, Instant from, Instant to, Kept events) {
		if (ended.isEmpty()) {
			return;
		}
		// A conversation's start is looked for within a week before its end (before the range too): a chat left open
		// for days still gets its duration, and each lookup reads only the days around its batch of ends.
		Map<String, Instant> ends = new HashMap<>();
		ended.forEach((conversation, entry) -> ends.put(conversation, entry.timestamp()));
		var starts = new ConversationStarts(this.platform).of(ends, Duration.ofDays(7));
		ended.forEach((conversation, entry) -> {
			Instant start = starts.get(conversation);
			if (start != null && !start.isAfter(entry.timestamp())) {
				long seconds = Duration.between(start, entry.timestamp()).toSeconds();
				Map<String, Object> metadata = ((EventFacts) entry.metadata()).with("duration_seconds", seconds);
				events.replace(entry, new Entry(entry.id(), entry.eventType(), entry.timestamp(), entry.clientId(),
						entry.agentId(), entry.description() + " after " + ActivityWording.duration(seconds), metadata));
			}
		});
	}

	/** Every call of the range, newest first: the kept events stop at each client's newest ones. */
	private void voiceCalls(Instant from, Instant to, Kept events) {
		StreamingQuery.run(this.platform, (jdbc) -> new NamedParameterJdbcTemplate(jdbc).query("""
				SELECT id, room_name, duration, CAST(metadata AS varchar), created_at FROM livekit_events
				WHERE event_type = 'room_finished' AND created_at >= :from AND created_at < :to AND %s
				ORDER BY created_at DESC""".formatted(UsageEventReader.VOICE_ROOMS), range(from, to, 0),
				(RowCallbackHandler) (rs) -> {
					JsonNode metadata = metadata(rs.getString(4));
					UUID client = uuid(metadata, "client_id");
					long seconds = rs.getLong(3);
					EventFacts facts = EventFacts.builder()
						.put("source", "livekit_events")
						.put("room_name", rs.getString(2))
						.put("duration_seconds", seconds)
						.put("user_id", text(metadata, "user_id"))
						.put("conversation_id", text(metadata, "conversation_id"))
						.build();
					events.add(new Entry(rs.getString(1), "conversation_end", instant(rs.getObject(5, OffsetDateTime.class)),
							client, uuid(metadata, "agent_id"), "Voice call ended after " + ActivityWording.duration(seconds), facts));
				}));
	}

	private void ownEvents(Instant from, Instant to, int perClient, Kept events) {
		StreamingQuery.run(this.store, (jdbc) -> new NamedParameterJdbcTemplate(jdbc).query("""
				SELECT id, event_type, client_id, agent_id, title, occurred_at FROM (
				  SELECT e.*, ROW_NUMBER() OVER (PARTITION BY client_id ORDER BY occurred_at DESC, id) AS newest
				  FROM monitor.activity_event e WHERE occurred_at >= :from AND occurred_at < :to) t
				WHERE newest <= :newest ORDER BY occurred_at DESC, id
				""", range(from, to, perClient), (RowCallbackHandler) (rs) -> {
			events.add(new Entry(rs.getString(1), rs.getString(2), instant(rs.getObject(6, OffsetDateTime.class)),
					rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5),
					Map.of("source", "forge_monitor")));
		}));
	}

	/** The named parameters of a read of the range: {@code :from}, {@code :to} and the newest per client kept. */
	private static Map<String, Object> range(Instant from, Instant to, int perClient) {
		return Map.of("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC), "to",
				OffsetDateTime.ofInstant(to, ZoneOffset.UTC), "newest", perClient);
	}

	/**
	 * The events kept: those the filter (if any) lets through, at most the newest {@code perClient} of each client
	 * from each source (which gives its rows newest first).
	 */
	private static final class Kept {

		private final Predicate<Entry> filter;

		private final int perClient;

		final Map<UUID, List<Entry>> byClient = new HashMap<>();

		private final Map<UUID, Integer> counted = new HashMap<>();

		Kept(Predicate<Entry> filter, int perClient) {
			this.filter = filter;
			this.perClient = perClient;
		}

		/**
		 * Past perClient of a client, older rows of the same source cannot be among the newest.
		 *
		 * @return whether the entry was kept
		 */
		boolean add(Entry entry) {
			if ((this.filter == null || this.filter.test(entry))
					&& this.counted.merge(entry.clientId(), 1, Integer::sum) <= this.perClient) {
				this.byClient.computeIfAbsent(entry.clientId(), (k) -> new ArrayList<>()).add(entry);
				return true;
			}
			return false;
		}

		/** Puts a kept entry's fuller version in its place (found by identity: equals compares every fact). */
		void replace(Entry kept, Entry fuller) {
			List<Entry> entries = this.byClient.get(kept.clientId());
			for (int i = 0; i < entries.size(); i++) {
				if (entries.get(i) == kept) {
					entries.set(i, fuller);
					return;
				}
			}
		}

		/** A new source starts: its newest rows are counted from zero. */
		void nextSource() {
			this.counted.clear();
		}

	}

	private JsonNode metadata(String text) {
		try {
			return (text == null) ? null : this.json.readTree(text);
		}
		catch (RuntimeException ex) {
			return null; // a malformed metadata value names no client: the event stays platform-wide
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value != null && value.isString()) ? value.asString() : null;
	}

	private static UUID uuid(JsonNode node, String field) {
		try {
			String text = text(node, field);
			return (text != null) ? UUID.fromString(text) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Instant instant(OffsetDateTime time) {
		return time.toInstant();
	}

}
