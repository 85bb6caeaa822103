package com.sidekickforge.monitor.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sidekickforge.monitor.ForgeMonitorApplication;
import com.sidekickforge.monitor.run.JobRuns;
import com.sidekickforge.monitor.run.RunOutcome;
import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.MutableClock;
import com.sidekickforge.monitor.testsupport.MutableClockConfiguration;
import com.sidekickforge.monitor.testsupport.SourceAndStoreDatabases;
import com.sidekickforge.monitor.testsupport.SourceFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Days are counted in the billing zone: in New York, a call at 02:00 UTC on the 10th belongs to the 9th.
 * Also: conversation statistics per hour, channel and status, and a deleted sidekick's usage.
 */
@SpringBootTest(classes = { ForgeMonitorApplication.class, MutableClockConfiguration.class },
		properties = "forge.timezone=America/New_York")
class DailyRollupTimeZoneTests {

	static final SourceAndStoreDatabases DATABASES = new SourceAndStoreDatabases(SourceDatabase.H2);

	@DynamicPropertySource
	static void databases(DynamicPropertyRegistry registry) {
		DATABASES.register(registry);
	}

	@Autowired
	JobRuns jobs;

	@Autowired
	MutableClock clock;

	@Autowired
	DataSource store;

	@Test
	void eventsCountOnTheirLocalDayAndConversationsByLocalHour() {
		DATABASES.clear();
		SourceFixture platform = DATABASES.platformRows;
		UUID client = platform.client("Delta", "adventurer", false);
		UUID agent = platform.agent("delta-desk");
		UUID deleted = UUID.randomUUID(); // a sidekick deleted mid-month: its usage row stays, its agents row is gone
		platform.counters(client, agent, LocalDate.of(2026, 11, 1), 120, 2, 0);
		platform.counters(client, deleted, LocalDate.of(2026, 11, 1), 30, 0, 0);
		platform.voiceCall(client, agent, Instant.parse("2026-11-10T02:00:00Z"), 120);
		platform.voiceCall(client, deleted, Instant.parse("2026-11-05T15:00:00Z"), 30);
		platform.textConversation(agent, Instant.parse("2026-11-10T03:30:00Z"), 2);
		this.clock.set(Instant.parse("2026-11-10T05:15:00Z")); // 00:15 in New York

		RunOutcome outcome = this.jobs.run("daily-rollup", Map.of("date", "2026-11-09"), false);

		assertThat(outcome.status()).as(outcome.failure()).isEqualTo("COMPLETED");
		JdbcClient jdbc = JdbcClient.create(this.store);
		assertThat(jdbc.sql("""
				SELECT usage_date, voice_seconds, text_messages, origin FROM monitor.daily_usage
				WHERE agent_id = :agent
				""").param("agent", agent)
			.query((rs, n) -> rs.getObject(1, LocalDate.class) + " " + rs.getLong(2) + " " + rs.getLong(3) + " "
					+ rs.getString(4))
			.list()).containsExactly("2026-11-09 120 2 estimated");
		assertThat(jdbc.sql("SELECT usage_date, voice_seconds FROM monitor.daily_usage WHERE agent_id = :agent")
			.param("agent", deleted)
			.query((rs, n) -> rs.getObject(1, LocalDate.class) + " " + rs.getLong(2))
			.list()).containsExactly("2026-11-05 30");
		assertThat(jdbc.sql("""
				SELECT usage_date, hour_of_day, channel, status, conversations, messages FROM monitor.conversation_stats
				""")
			.query((rs, n) -> rs.getObject(1, LocalDate.class) + " " + rs.getInt(2) + "h " + rs.getString(3) + " "
					+ rs.getString(4) + " " + rs.getLong(5) + " " + rs.getLong(6))
			.list()).containsExactly("2026-11-09 22h text untracked 1 4");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM monitor.usage_snapshot").query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM monitor.tracking_gap").query(Long.class).single()).isZero();
	}

}
