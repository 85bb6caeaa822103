package com.sidekickforge.monitor.rollup;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import com.sidekickforge.monitor.ForgeMonitorApplication;
import com.sidekickforge.monitor.run.JobRuns;
import com.sidekickforge.monitor.run.RunOutcome;
import com.sidekickforge.monitor.testsupport.MutableClock;
import com.sidekickforge.monitor.testsupport.MutableClockConfiguration;
import com.sidekickforge.monitor.testsupport.SourceAndStoreDatabases;
import com.sidekickforge.monitor.testsupport.SourceFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

/**
 * The daily-rollup job against hand-made counters and events whose daily usage is computed by hand, on
 * H2 and on PostgreSQL (one subclass each, one Spring context each).
 */
@SpringBootTest(classes = { ForgeMonitorApplication.class, MutableClockConfiguration.class },
		properties = { "forge.rollup.clients-per-chunk=1", "forge.timezone=UTC" })
abstract class DailyRollupJobTests {

	private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);

	private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);

	@Autowired
	JobRuns jobs;

	@Autowired
	MutableClock clock;

	@Autowired
	DataSource store;

	@MockitoSpyBean
	DailyUsages dailyUsages;

	abstract SourceAndStoreDatabases databases();

	private SourceFixture platform;

	private UUID alpha;

	private UUID alphaAgent;

	@BeforeEach
	void aSharedClientWithTwoCallsInOctober() {
		databases().clear();
		databases().tenants("nobody", "jdbc:h2:mem:unused");
		Path tenants = databases().configDir.resolve("tenants.yml");
		tenants.toFile().delete();
		this.platform = databases().platformRows;
		this.alpha = this.platform.client("Alpha", "adventurer", false);
		this.alphaAgent = this.platform.agent("alpha-desk");
		this.platform.voiceCall(this.alpha, this.alphaAgent, Instant.parse("2026-10-30T10:00:00Z"), 60);
		this.platform.voiceCall(this.alpha, this.alphaAgent, Instant.parse("2026-10-31T10:00:00Z"), 90);
		this.platform.prewarmRoom(this.alpha, this.alphaAgent, Instant.parse("2026-10-31T11:00:00Z"), 30);
		this.platform.counters(this.alpha, this.alphaAgent, OCTOBER, 150, 0, 0);
	}

	@Test
	void snapshotsBecomeDailyUsageAcrossAMonthStartMissedDaysAndAReset() {
		runAsTheSchedulerWould(day(-1), 0);
		runAsTheSchedulerWould(day(1), 100);
		runAsTheSchedulerWould(day(2), 250);
		runAsTheSchedulerWould(day(4), 450); // no run for the 3rd
		runAsTheSchedulerWould(day(5), 30); // the counter went down

		assertThat(voicePerDay()).containsExactly("2026-10-30 60 estimated -", "2026-10-31 90 estimated -",
				"2026-11-01 100 snapshot -", "2026-11-02 150 snapshot -", "2026-11-03 100 spread -",
				"2026-11-04 100 spread -", "2026-11-05 30 snapshot voice_seconds");
	}

	@Test
	void withoutAnySnapshotEveryDayIsTheEventSumOfItsVoiceRooms() {
		this.clock.set(Instant.parse("2026-11-03T12:00:00Z")); // too late to snapshot the 1st

		RunOutcome outcome = this.jobs.run("daily-rollup", Map.of("date", "2026-11-01"), false);

		assertThat(outcome.status()).as(outcome.failure()).isEqualTo("COMPLETED");
		assertThat(storeCount("SELECT COUNT(*) FROM monitor.usage_snapshot")).isZero();
		assertThat(voicePerDay()).containsExactly("2026-10-30 60 estimated -", "2026-10-31 90 estimated -");
	}

	@Test
	void aCallWhoseMetadataSpellsTheIdsInCapitalsAndSpacesCountsForTheSameSidekick() {
		this.platform.voiceCall("{\"client_id\":\" " + this.alpha.toString().toUpperCase(Locale.ROOT)
				+ " \",\"agent_id\":\"" + this.alphaAgent.toString().toUpperCase(Locale.ROOT) + "\"}",
				this.alphaAgent, Instant.parse("2026-10-31T15:00:00Z"), 40);
		this.clock.set(Instant.parse("2026-11-03T12:00:00Z"));

		RunOutcome outcome = this.jobs.run("daily-rollup", Map.of("date", "2026-11-01"), false);

		assertThat(outcome.status()).as(outcome.failure()).isEqualTo("COMPLETED");
		assertThat(voicePerDay()).containsExactly("2026-10-30 60 estimated -", "2026-10-31 130 estimated -");
	}

	@Test
	void runningADayAgainOrTheDaysOutOfOrderGivesTheSameRows() {
		runAsTheSchedulerWould(day(-1), 0);
		runAsTheSchedulerWould(day(1), 100);
		runAsTheSchedulerWould(day(2), 250);
		runAsTheSchedulerWould(day(4), 450);
		runAsTheSchedulerWould(day(5), 30);
		List<String> inOrder = voicePerDay();

		runAsTheSchedulerWould(day(2), 30); // again, days later: the snapshot of the 2nd stays as it was
		assertThat(voicePerDay()).isEqualTo(inOrder);

		clearStore();
		runAsTheSchedulerWould(day(4), 450);
		runAsTheSchedulerWould(day(-1), 0);
		runAsTheSchedulerWould(day(5), 30);
		runAsTheSchedulerWould(day(1), 100);
		runAsTheSchedulerWould(day(2), 250);
		assertThat(voicePerDay()).isEqualTo(inOrder);
	}

	@Test
	void aTenantDatabaseThatCannotBeReadFailsAloneAndTheRunAgainRetriesOnlyIt() {
		UUID bravo = this.platform.client("Bravo", "champion", true);
		SourceFixture tenant = databases().tenantRows;
		UUID bravoAgent = tenant.agent("bravo-desk");
		this.platform.counters(bravo, bravoAgent, NOVEMBER, 0, 3, 0);
		tenant.textConversation(bravoAgent, Instant.parse("2026-11-03T09:00:00Z"), 3);
		this.platform.counters(this.alpha, this.alphaAgent, NOVEMBER, 0, 2, 0);
		this.platform.textConversation(this.alphaAgent, Instant.parse("2026-11-03T10:00:00Z"), 2);
		databases().tenants("bravo", unreachableUrl());
		this.clock.set(Instant.parse("2026-11-04T00:15:00Z"));

		RunOutcome failed = this.jobs.run("daily-rollup", Map.of("date", "2026-11-03"), false);

		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.failure()).contains("tenant database of bravo", "run it again");
		assertThat(textOf(this.alpha)).isEqualTo(2);
		assertThat(textOf(bravo)).isZero();

		databases().tenants("bravo", databases().tenant.url());
		RunOutcome retried = this.jobs.run("daily-rollup", Map.of("date", "2026-11-03"), false);

		assertThat(retried.status()).isEqualTo("COMPLETED");
		assertThat(retried.restarted()).isTrue();
		assertThat(textOf(bravo)).isEqualTo(3);
		assertThat(textOf(this.alpha)).isEqualTo(2);
		long bravoRows = storeCount("SELECT COUNT(*) FROM monitor.event_daily WHERE source = '" + bravo + "'")
				+ storeCount("SELECT COUNT(*) FROM monitor.conversation_stats WHERE source = '" + bravo + "'");
		assertThat(retried.steps()).anyMatch((step) -> step.startsWith("rollup-events")
				&& step.contains("written " + bravoRows + ","));
		assertThat(storeCount("SELECT COUNT(*) FROM monitor.rollup_failure")).isZero();
	}

	@Test
	void aWriterFailureOnTheSecondClientIsRestartedWhereItStoppedWithTheSameRows() {
		UUID charlie = this.platform.client("Charlie", "adventurer", false);
		UUID charlieAgent = this.platform.agent("charlie-desk");
		this.platform.voiceCall(charlie, charlieAgent, Instant.parse("2026-10-31T12:00:00Z"), 45);
		this.platform.counters(this.alpha, this.alphaAgent, OCTOBER, 60, 0, 0);
		this.platform.counters(charlie, charlieAgent, OCTOBER, 0, 0, 0);
		this.clock.set(Instant.parse("2026-10-31T00:15:00Z"));
		assertThat(this.jobs.run("daily-rollup", Map.of("date", "2026-10-30"), false).status()).isEqualTo("COMPLETED");
		this.platform.counters(this.alpha, this.alphaAgent, OCTOBER, 150, 0, 0);
		this.platform.counters(charlie, charlieAgent, OCTOBER, 45, 0, 0);
		AtomicInteger writes = new AtomicInteger();
		doAnswer((invocation) -> {
			if (writes.incrementAndGet() == 2) {
				throw new IllegalStateException("disk full (injected)");
			}
			return invocation.callRealMethod();
		}).when(this.dailyUsages).replace(any());
		this.clock.set(Instant.parse("2026-11-01T00:15:00Z"));

		RunOutcome failed = this.jobs.run("daily-rollup", Map.of("date", "2026-10-31"), false);
		RunOutcome restarted = this.jobs.run("daily-rollup", Map.of("date", "2026-10-31"), false);
		List<String> afterRestart = voicePerDay();
		clearDailyUsage();
		RunOutcome reference = this.jobs.run("daily-rollup", Map.of("date", "2026-10-31"), false);

		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.failure()).contains("disk full");
		assertThat(restarted.status()).isEqualTo("COMPLETED");
		// Only the partition that failed ran again, from the client it failed on; the other's client counts as read.
		String partitions = "FROM monitor.batch_step_execution WHERE job_execution_id = " + restarted.executionId()
				+ " AND step_name LIKE 'rollup-daily-usage-partition:%'";
		assertThat(storeCount("SELECT COUNT(*) " + partitions)).isOne();
		assertThat(storeCount("SELECT SUM(read_count) " + partitions)).isOne();
		assertThat(restarted.steps()).anyMatch((step) -> step.startsWith("rollup-daily-usage ")
				&& step.contains("read 2,"));
		assertThat(reference.status()).isEqualTo("COMPLETED");
		assertThat(voicePerDay()).isEqualTo(afterRestart)
			.containsExactlyInAnyOrder("2026-10-30 60 estimated -", "2026-10-31 90 snapshot -", "2026-10-31 45 snapshot -");
	}

	@Test
	void aCounterThatStaysZeroWhileEventsGrowIsATrackingGap() {
		this.platform.counters(this.alpha, this.alphaAgent, NOVEMBER, 60, 0, 0);
		this.platform.voiceCall(this.alpha, this.alphaAgent, Instant.parse("2026-11-02T10:00:00Z"), 60);
		this.platform.document(this.alphaAgent, Instant.parse("2026-11-02T11:00:00Z"), 50);
		this.clock.set(Instant.parse("2026-11-03T00:15:00Z"));

		RunOutcome outcome = this.jobs.run("daily-rollup", Map.of("date", "2026-11-02"), false);

		assertThat(outcome.status()).isEqualTo("COMPLETED");
		assertThat(JdbcClient.create(this.store)
			.sql("SELECT metric, counter_total, event_total FROM monitor.tracking_gap")
			.query((rs, n) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3))
			.list()).containsExactly("embedding_chunks 0 50");
	}

	/** Sets the November counter, then runs the day at 00:15 the morning after, as the schedule does. */
	private void runAsTheSchedulerWould(LocalDate date, long novemberVoice) {
		if (!date.isBefore(NOVEMBER)) {
			this.platform.counters(this.alpha, this.alphaAgent, NOVEMBER, novemberVoice, 0, 0);
		}
		this.clock.set(date.plusDays(1).atTime(0, 15).toInstant(ZoneOffset.UTC));
		RunOutcome outcome = this.jobs.run("daily-rollup", Map.of("date", date.toString()), false);
		assertThat(outcome.status()).as(outcome.failure()).isEqualTo("COMPLETED");
	}

	private List<String> voicePerDay() {
		return JdbcClient.create(this.store).sql("""
				SELECT usage_date, voice_seconds, origin, counter_resets FROM monitor.daily_usage
				WHERE voice_seconds > 0 ORDER BY usage_date, client_id
				""")
			.query((rs, n) -> rs.getObject(1, LocalDate.class) + " " + rs.getLong(2) + " " + rs.getString(3) + " "
					+ ((rs.getString(4) != null) ? rs.getString(4) : "-"))
			.list();
	}

	private long textOf(UUID client) {
		return storeCount("SELECT COALESCE(SUM(text_messages), 0) FROM monitor.daily_usage WHERE client_id = '" + client
				+ "'");
	}

	private long storeCount(String sql) {
		return JdbcClient.create(this.store).sql(sql).query(Long.class).single();
	}

	private void clearStore() {
		for (String table : new String[] { "usage_snapshot", "counter_reading", "event_daily", "daily_usage_derived",
				"conversation_stats", "tracking_gap" }) {
			JdbcClient.create(this.store).sql("DELETE FROM monitor." + table).update();
		}
	}

	private void clearDailyUsage() {
		JdbcClient.create(this.store).sql("DELETE FROM monitor.daily_usage_derived").update();
	}

	abstract String unreachableUrl();

	private static LocalDate day(int dayOfNovember) {
		return NOVEMBER.plusDays(dayOfNovember - 1L);
	}

}
