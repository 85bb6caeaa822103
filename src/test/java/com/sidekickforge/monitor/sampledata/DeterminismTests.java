package com.sidekickforge.monitor.sampledata;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.source.SourceDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The same seed gives the same rows, whatever the number of threads; another seed gives others. */
class DeterminismTests {

	private static final List<String> TABLES = List.of("clients", "agent_usage", "livekit_events", "activity_log",
			"user_clients", "agents", "conversations", "conversation_transcripts", "documents", "document_chunks");

	@Test
	void theSameSeedGivesTheSameRowsWithOneThreadOrTwo() {
		SampleDataSpec spec = new SampleDataSpec(7, 14, LocalDate.of(2026, 3, 10), ZoneId.of("Europe/Berlin"), 2, 0.3,
				SampleDataSpec.endOfDay(LocalDate.of(2026, 3, 10), ZoneId.of("Europe/Berlin")));
		try (GeneratedDemo one = new GeneratedDemo(SourceDatabase.H2, spec, 1);
				GeneratedDemo two = new GeneratedDemo(SourceDatabase.H2, spec, 2);
				GeneratedDemo other = new GeneratedDemo(SourceDatabase.H2, withSeed(spec, 8), 2)) {
			Map<String, String> first = fingerprint(one);
			assertThat(first.get("conversation_transcripts")).doesNotStartWith("0 ");
			assertThat(fingerprint(two)).isEqualTo(first);
			assertThat(fingerprint(other)).isNotEqualTo(first);
		}
	}

	private static SampleDataSpec withSeed(SampleDataSpec spec, long seed) {
		return new SampleDataSpec(seed, spec.clients(), spec.asOf(), spec.zone(), spec.months(), spec.volumeScale(),
				spec.notAfter());
	}

	/** Per table: row count and a hash of every row's text, in id order, over all databases. */
	private static Map<String, String> fingerprint(GeneratedDemo demo) {
		Map<String, String> fingerprints = new TreeMap<>();
		for (String table : TABLES) {
			long[] acc = new long[2];
			demo.listOverTenantTables((jdbc) -> hasTable(jdbc, table) ? jdbc.sql("SELECT * FROM " + table + " ORDER BY id")
				.query((rs, n) -> {
					StringBuilder row = new StringBuilder();
					for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
						row.append(rs.getString(c)).append('|');
					}
					acc[0]++;
					acc[1] = acc[1] * 31 + row.toString().hashCode();
					return 0;
				})
				.list() : List.of());
			fingerprints.put(table, acc[0] + " " + acc[1]);
		}
		return fingerprints;
	}

	private static boolean hasTable(JdbcClient jdbc, String table) {
		return jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = :t")
			.param("t", table)
			.query(Long.class)
			.single() > 0;
	}

}
