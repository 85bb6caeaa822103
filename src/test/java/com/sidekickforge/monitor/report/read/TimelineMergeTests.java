package com.sidekickforge.monitor.report.read;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.sidekickforge.monitor.report.model.ReportJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline of a scope merged from its clients' newest-first lists gives what sorting them all would, and an
 * event's facts keep their order in their compact form.
 */
class TimelineMergeTests {

	@Test
	void mergingClientsNewestFirstListsGivesWhatSortingThemAllWould() {
		Random random = new Random(7);
		Instant start = Instant.parse("2026-11-01T00:00:00Z");
		for (int round = 0; round < 50; round++) {
			List<List<TimelineReader.Entry>> lists = new ArrayList<>();
			for (int client = 0; client < random.nextInt(30); client++) {
				List<TimelineReader.Entry> list = new ArrayList<>();
				for (int event = 0; event < random.nextInt(40); event++) {
					// Coarse seconds, so equal moments are common and the tie by id decides.
					list.add(new TimelineReader.Entry(Integer.toString(random.nextInt(1000)), "ability_run",
							start.plusSeconds(60L * random.nextInt(500)), UUID.randomUUID(), null, "run", Map.of()));
				}
				list.sort(TimelineReader.NEWEST_FIRST);
				lists.add(list);
			}
			Instant cut = start.plusSeconds(60L * random.nextInt(500));
			Predicate<TimelineReader.Entry> filter = (e) -> e.timestamp().isBefore(cut);
			int limit = 1 + random.nextInt(60);

			List<TimelineReader.Entry> sorted = lists.stream()
				.flatMap(List::stream)
				.filter(filter)
				.sorted(TimelineReader.NEWEST_FIRST)
				.limit(limit)
				.toList();
			List<TimelineReader.Entry> merged = TimelineReader.newest(lists, filter, limit);

			assertThat(merged).as("round %d", round).isEqualTo(sorted);
			assertThat(merged).isSortedAccordingTo(TimelineReader.NEWEST_FIRST);
		}
		assertThat(TimelineReader.newest(List.of(), (e) -> true, 10)).isEmpty();
	}

	@Test
	void factsKeepTheirOrderLeaveOutWhatHasNoValueAndTakeOneMore() {
		EventFacts facts = EventFacts.builder()
			.put("source", "activity_log")
			.put("action", null)
			.put("user_id", "u1")
			.put("status", "success")
			.build();

		assertThat(facts).containsExactly(Map.entry("source", "activity_log"), Map.entry("user_id", "u1"),
				Map.entry("status", "success"));
		assertThat(facts.get("action")).isNull();
		assertThat(facts.with("duration_seconds", 272L)).containsExactly(Map.entry("source", "activity_log"),
				Map.entry("user_id", "u1"), Map.entry("status", "success"), Map.entry("duration_seconds", 272L));
		assertThat(facts.with("status", "failed").get("status")).isEqualTo("failed");
		assertThat(facts).isEqualTo(Map.of("source", "activity_log", "user_id", "u1", "status", "success"));
		assertThat(new ReportJson().compact(facts)).isEqualTo(
				"{\"source\":\"activity_log\",\"user_id\":\"u1\",\"status\":\"success\"}");
		assertThat(facts.keySet().stream().sorted(Comparator.naturalOrder()).toList()).containsExactly("source", "status",
				"user_id");
	}

}
