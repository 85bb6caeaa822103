package com.sidekickforge.monitor.sampledata;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.sidekickforge.monitor.source.SourceDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo dataset, generated once per database kind, has the shapes the demo promises: every tier,
 * business-hour and weekday peaks, growth, clients near and over quota, an unlimited tier, a client
 * without activity, the embedding tracking gap, and counters that match the events everywhere else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDataGeneratorTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

	private static final Pattern CLIENT_ID = Pattern.compile("\"client_id\":\\s*\"([^\"]+)\"");

	private final Map<SourceDatabase, GeneratedDemo> demos = new EnumMap<>(SourceDatabase.class);

	@BeforeAll
	void generateTheDemoOnEachKindOfDatabase() {
		SampleDataSpec spec = SampleDataSpec.of(42, 12, AS_OF, ZoneId.of("UTC"));
		for (SourceDatabase kind : SourceDatabase.values()) {
			this.demos.put(kind, new GeneratedDemo(kind, spec, 2));
		}
	}

	@AfterAll
	void dropTheDatabases() {
		this.demos.values().forEach(GeneratedDemo::close);
	}

	@ParameterizedTest
	@EnumSource(SourceDatabase.class)
	void everyTierIsThereSharedInThePlatformAndDedicatedInTheirOwnDatabase(SourceDatabase kind) {
		GeneratedDemo demo = this.demos.get(kind);
		Map<String, String> hosting = demo.platform()
			.sql("SELECT CAST(tier AS varchar) AS tier, hosting_type FROM clients")
			.query((rs, n) -> Map.entry(rs.getString("tier"), rs.getString("hosting_type")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
		assertThat(hosting).containsEntry("adventurer", "shared")
			.containsEntry("champion", "dedicated")
			.containsEntry("paragon", "dedicated");
		assertThat(demo.tenants).hasSize(7);
		ClientProfile dedicated = demo.client("krakow-tech-hub");
		assertThat(demo.tenant("krakow-tech-hub").sql("SELECT COUNT(*) FROM agents").query(Long.class).single())
			.isEqualTo(dedicated.sidekicks());
		assertThat(demo.platform()
			.sql("SELECT COUNT(*) FROM agents WHERE slug LIKE 'krakow-tech-hub-%'")
			.query(Long.class)
			.single()).isZero();
		assertThat(demo.platform().sql("SELECT MIN(voice_seconds_per_month) FROM tier_quotas").query(Long.class).single())
			.as("one tier has unlimited voice")
			.isZero();
	}

	@ParameterizedTest
	@EnumSource(SourceDatabase.class)
	void conversationsPeakInBusinessHoursAndOnWeekdays(SourceDatabase kind) {
		GeneratedDemo demo = this.demos.get(kind);
		List<OffsetDateTime> starts = demo.listOverTenantTables((jdbc) -> jdbc.sql("SELECT created_at FROM conversations")
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
			.list());
		Map<Integer, Long> byHour = starts.stream()
			.collect(Collectors.groupingBy((t) -> t.withOffsetSameInstant(ZoneOffset.UTC).getHour(),
					Collectors.counting()));
		long night = byHour.getOrDefault(2, 0L) + byHour.getOrDefault(3, 0L) + byHour.getOrDefault(4, 0L);
		long afternoon = byHour.getOrDefault(13, 0L) + byHour.getOrDefault(14, 0L) + byHour.getOrDefault(15, 0L);
		assertThat(afternoon).isGreaterThan(night * 5);
		Map<DayOfWeek, Long> byDay = starts.stream()
			.collect(Collectors.groupingBy((t) -> t.withOffsetSameInstant(ZoneOffset.UTC).getDayOfWeek(),
					Collectors.counting()));
		assertThat(byDay.get(DayOfWeek.TUESDAY)).isGreaterThan(byDay.get(DayOfWeek.SUNDAY) * 2);
	}

	@ParameterizedTest
	@EnumSource(SourceDatabase.class)
	void usageGrowsOverTheThirteenMonths(SourceDatabase kind) {
		GeneratedDemo demo = this.demos.get(kind);
		Map<LocalDate, Long> textByMonth = new HashMap<>();
		demo.platform()
			.sql("SELECT period_start, SUM(text_messages_used) AS used FROM agent_usage GROUP BY period_start")
			.query((rs, n) -> textByMonth.put(rs.getObject(1, LocalDate.class), rs.getLong(2)))
			.list();
		assertThat(textByMonth).hasSize(13);
		assertThat(textByMonth.get(LocalDate.of(2026, 10, 1)))
			.isGreaterThan(textByMonth.get(LocalDate.of(2025, 11, 1)) * 3 / 2);
	}

	@ParameterizedTest
	@EnumSource(SourceDatabase.class)
	void someClientsAreNearAndSomeOverQuotaThisMonth(SourceDatabase kind) {
		GeneratedDemo demo = this.demos.get(kind);
		assertThat(percent(demo, "o-brien-daughters-plumbing", "voice_seconds")).isGreaterThan(100);
		assertThat(percent(demo, "hotel-saint-eloi", "text_messages")).isGreaterThan(100);
		assertThat(percent(demo, "cafe-noir-bistro", "text_messages")).isBetween(80.0, 99.9);
		assertThat(percent(demo, "krakow-tech-hub", "voice_seconds")).isBetween(80.0, 99.9);
		assertThat(percent(demo, "best-realty-group", "text_messages")).isBetween(80.0, 90.0);
		assertThat(percent(demo, "les-delices-de-provence", "text_messages")).isLessThan(60);
	}

	@ParameterizedTest
	@EnumSource(SourceDatabase.class)
	void oneClientHasNoActivityAtAll(SourceDatabase kind) {
		GeneratedDemo demo = this.demos.get(kind);
		ClientProfile quiet = demo.client("orsted-wellness-studio");
		assertThat(demo.tenant(quiet.slug()).sql("SELECT COUNT(*) FROM agents").query(Long.class).single()).isEqualTo(3);
		assertThat(demo.tenant(quiet.slug()).sql("SELECT COUNT(*) FROM conversations").query(Long.class).single())
			.isZero();
		assertThat(demo.platform()
			.sql("SELECT COUNT(*) FROM agent_usage WHERE client_id = :id")
			.param("id", quiet.id())
			.query(Long.class)
			.single()).isZero();
	}

	@ParameterizedTest
	@EnumSource(SourceDatabase.class)
	void theEmbeddingCounterOfOneClientStaysZeroWhileItsChunksGrow(SourceDatabase kind) {
		GeneratedDemo demo = this.demos.get(kind);
		ClientProfile gap = demo.client("moller-logistics");
		assertThat(gap.embeddingCounterStuck()).isTrue();
		assertThat(demo.platform()
			.sql("SELECT SUM(embedding_chunks_used) FROM agent_usage WHERE client_id = :id")
			.param("id", gap.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(demo.tenant(gap.slug()).sql("SELECT COUNT(*) FROM document_chunks").query(Long.class).single())
			.isGreaterThan(1000);
	}

	@ParameterizedTest
	@EnumSource(SourceDatabase.class)
	void voiceCountersEqualTheDurationsOfFinishedVoiceRoomsPerClientAndMonth(SourceDatabase kind) {
		GeneratedDemo demo = this.demos.get(kind);
		Map<String, Long> fromEvents = new HashMap<>();
		demo.platform().sql("""
				SELECT room_name, duration, created_at, CAST(metadata AS varchar) AS metadata
				FROM livekit_events WHERE event_type = 'room_finished'
				""").query((rs, n) -> {
			String room = rs.getString("room_name");
			if (!room.startsWith("text-") && !room.startsWith("prewarm-") && !room.startsWith("react-embed-")) {
				String key = clientId(rs.getString("metadata")) + " "
						+ YearMonth.from(rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(ZoneOffset.UTC));
				fromEvents.merge(key, rs.getLong("duration"), Long::sum);
			}
			return null;
		}).list();
		Map<String, Long> counters = new HashMap<>();
		demo.platform()
			.sql("SELECT client_id, period_start, SUM(voice_seconds_used) FROM agent_usage GROUP BY client_id, period_start")
			.query((rs, n) -> {
				if (rs.getLong(3) > 0) {
					counters.put(rs.getObject(1, UUID.class) + " " + YearMonth.from(rs.getObject(2, LocalDate.class)),
							rs.getLong(3));
				}
				return null;
			})
			.list();
		assertThat(counters).isNotEmpty().isEqualTo(fromEvents);
	}

	@ParameterizedTest
	@EnumSource(SourceDatabase.class)
	void textAndChunkCountersEqualTheirRowsPerSidekickAndMonthExceptTheTrackingGap(SourceDatabase kind) {
		GeneratedDemo demo = this.demos.get(kind);
		Map<String, Long> text = new HashMap<>();
		Map<String, Long> chunks = new HashMap<>();
		demo.listOverTenantTables((jdbc) -> jdbc.sql(
				"SELECT agent_id, created_at FROM conversation_transcripts WHERE role = 'user' AND source = 'text'")
			.query((rs, n) -> text.merge(key(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class)), 1L,
					Long::sum))
			.list());
		demo.listOverTenantTables((jdbc) -> jdbc.sql(
				"SELECT d.agent_id, c.created_at FROM document_chunks c JOIN documents d ON d.id = c.document_id")
			.query((rs, n) -> chunks.merge(key(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class)), 1L,
					Long::sum))
			.list());
		UUID gapClient = demo.client("moller-logistics").id();
		Map<String, Long> textCounters = new HashMap<>();
		Map<String, Long> chunkCounters = new HashMap<>();
		Set<String> gapKeys = new HashSet<>();
		demo.platform()
			.sql("SELECT client_id, agent_id, period_start, text_messages_used, embedding_chunks_used FROM agent_usage")
			.query((rs, n) -> {
				String key = rs.getObject(2, UUID.class) + " " + YearMonth.from(rs.getObject(3, LocalDate.class));
				if (rs.getLong(4) > 0) {
					textCounters.put(key, rs.getLong(4));
				}
				if (rs.getLong(5) > 0) {
					chunkCounters.put(key, rs.getLong(5));
				}
				if (rs.getObject(1, UUID.class).equals(gapClient)) {
					gapKeys.add(key);
				}
				return null;
			})
			.list();
		assertThat(textCounters).isNotEmpty().isEqualTo(text);
		chunks.keySet().removeAll(gapKeys);
		assertThat(chunkCounters).isNotEmpty().isEqualTo(chunks);
	}

	@ParameterizedTest
	@EnumSource(SourceDatabase.class)
	void roomsThatAreNotVoiceCallsAndEveryActivityTypeAreThere(SourceDatabase kind) {
		GeneratedDemo demo = this.demos.get(kind);
		for (String prefix : List.of("text-", "prewarm-", "react-embed-")) {
			assertThat(demo.platform()
				.sql("SELECT COUNT(*) FROM livekit_events WHERE event_type = 'room_finished' AND room_name LIKE :p")
				.param("p", prefix + "%")
				.query(Long.class)
				.single()).as(prefix).isPositive();
		}
		List<String> types = demo.platform()
			.sql("SELECT DISTINCT activity_type FROM activity_log")
			.query(String.class)
			.list();
		assertThat(types).contains("sidekick_created", "sidekick_updated", "sidekick_deleted", "document_uploaded",
				"document_processed", "conversation_started", "conversation_ended", "voice_call_started",
				"voice_call_ended", "ability_run", "ability_completed", "ability_failed");
		assertThat(demo.platform()
			.sql("SELECT COUNT(DISTINCT activity_type) FROM activity_log WHERE status = 'failed'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

	@ParameterizedTest
	@EnumSource(SourceDatabase.class)
	void namesCarryAccentsQuotesAndMarkup(SourceDatabase kind) {
		List<String> names = this.demos.get(kind).platform().sql("SELECT name FROM clients").query(String.class).list();
		assertThat(names).contains("Café <Noir> & Bistro", "O'Brien & Daughters Plumbing", "\"Best\" Realty Group",
				"Zürich Rechtsanwälte AG");
	}

	@ParameterizedTest
	@EnumSource(SourceDatabase.class)
	void aSidekickDeletedThisMonthKeepsItsUsageRowsAndOlderTenantsTrackConversationStatus(SourceDatabase kind) {
		GeneratedDemo demo = this.demos.get(kind);
		ClientProfile client = demo.client("les-delices-de-provence");
		List<UUID> agents = demo.platform().sql("SELECT id FROM agents").query(UUID.class).list();
		List<UUID> withUsage = demo.platform()
			.sql("SELECT DISTINCT agent_id FROM agent_usage WHERE client_id = :id AND period_start = DATE '2026-11-01'")
			.param("id", client.id())
			.query(UUID.class)
			.list();
		assertThat(withUsage).isNotEmpty().anyMatch((agent) -> !agents.contains(agent));
		assertThat(demo.tenant("clinica-dental-sonrisa")
			.sql("SELECT COUNT(DISTINCT status) FROM conversations")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	/**
	 * The growth model: a client's month runs at its growth (1.04-1.16) times the month's noise (0.9-1.1 against
	 * the month before's) over the month before, per weighted day; the as-of month so far at the same daily rate.
	 * So per weighted day no metric of a client moves by more than 1.16 x 1.1 / 0.9 = 1.42 up or 1.04 x 0.9 / 1.1
	 * = 0.85 down, give or take the whole calls, conversations and documents a month is made of (and the documents
	 * that fail): checked where a month holds enough of them for that to be small.
	 */
	@ParameterizedTest
	@EnumSource(SourceDatabase.class)
	void everyMetricChangesFromMonthToMonthWithinTheGeneratorsGrowthModel(SourceDatabase kind) {
		GeneratedDemo demo = this.demos.get(kind);
		YearMonth asOfMonth = YearMonth.from(AS_OF);
		String[] metrics = { "voice_seconds", "text_messages", "embedding_chunks" };
		long[] enough = { 6_000, 150, 600 };
		List<String> outside = new ArrayList<>();
		int compared = 0;
		for (ClientProfile client : demo.summary.clients()) {
			if (client.quiet()) {
				continue;
			}
			YearMonth joined = YearMonth.from(client.createdAt().atZone(ZoneOffset.UTC));
			Map<YearMonth, long[]> months = new TreeMap<>();
			demo.platform().sql("""
					SELECT period_start, SUM(voice_seconds_used), SUM(text_messages_used), SUM(embedding_chunks_used)
					FROM agent_usage WHERE client_id = :id GROUP BY period_start
					""").param("id", client.id()).query((rs, n) -> months.put(YearMonth.from(rs.getObject(1, LocalDate.class)),
							new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) })).list();
			for (var month : months.entrySet()) {
				YearMonth previous = month.getKey().minusMonths(1);
				// Whole months only (the as-of month to date): the month the client joined has only its days.
				if (!months.containsKey(previous) || !previous.isAfter(joined)) {
					continue;
				}
				LocalDate last = month.getKey().equals(asOfMonth) ? AS_OF : month.getKey().atEndOfMonth();
				double days = UsagePlan.weightBetween(month.getKey().atDay(1), last);
				double daysBefore = UsagePlan.weightBetween(previous.atDay(1), previous.atEndOfMonth());
				for (int m = 0; m < metrics.length; m++) {
					long now = month.getValue()[m];
					long before = months.get(previous)[m];
					if (now < enough[m] || before < enough[m]) {
						continue; // a few calls or documents more or less move a small month by more than growth
					}
					double ratio = (now / days) / (before / daysBefore);
					compared++;
					if (ratio < 0.75 || ratio > 1.6) {
						outside.add(String.format(Locale.ROOT, "%s %s %s: %.2f x %s (%d against %d)",
								client.slug(), metrics[m], month.getKey(), ratio, previous, now, before));
					}
				}
			}
		}
		assertThat(compared).as("months compared").isGreaterThan(200);
		assertThat(outside).as("month-on-month changes per weighted day outside the growth model").isEmpty();
	}

	private static double percent(GeneratedDemo demo, String slug, String metric) {
		return demo.platform().sql("""
				SELECT 100.0 * SUM(%1$s_used) / MAX(%1$s_limit) FROM agent_usage
				WHERE client_id = :id AND period_start = DATE '2026-11-01'
				""".formatted(metric)).param("id", demo.client(slug).id()).query(Double.class).single();
	}

	private static String clientId(String metadata) {
		Matcher matcher = CLIENT_ID.matcher(metadata);
		return matcher.find() ? matcher.group(1) : "?";
	}

	private static String key(UUID agent, OffsetDateTime at) {
		return agent + " " + YearMonth.from(at.atZoneSameInstant(ZoneOffset.UTC));
	}

}
