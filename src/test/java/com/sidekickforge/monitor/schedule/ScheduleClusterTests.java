package com.sidekickforge.monitor.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sidekickforge.monitor.ForgeMonitorApplication;
import com.sidekickforge.monitor.config.Schedule;
import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.SourceAndStoreDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two scheduler nodes on one PostgreSQL store, as two {@code serve} processes would be: every fire of a schedule
 * runs its job once between them.
 */
@SpringBootTest(classes = ForgeMonitorApplication.class)
class ScheduleClusterTests {

	static final SourceAndStoreDatabases DATABASES = new SourceAndStoreDatabases(SourceDatabase.POSTGRESQL);

	@DynamicPropertySource
	static void databases(DynamicPropertyRegistry registry) {
		DATABASES.register(registry);
	}

	@Autowired
	Scheduling scheduling;

	@Test
	void twoNodesFireEachTriggerOnce() throws Exception {
		Schedule everySecond = new Schedule("every-second", "quota-alerts", "* * * * * ?", ZoneId.of("Europe/Berlin"),
				"fire-once", true, null, Map.of());
		Scheduler a = this.scheduling.start("node-a", Duration.ofSeconds(1));
		Scheduler b = this.scheduling.start("node-b", Duration.ofSeconds(1));
		JdbcClient store = JdbcClient.create(DATABASES.store.dataSource());
		try {
			// Both nodes load the same files at the same moment, as two serve processes starting together.
			Instant now = Instant.now();
			new ScheduleLoader().load(a, List.of(everySecond), now);
			new ScheduleLoader().load(b, List.of(everySecond), now);

			await().atMost(Duration.ofSeconds(60)).until(() -> fired(store) >= 8);
		}
		finally {
			a.shutdown(true);
			b.shutdown(true);
		}
		// This schedule's fires only: another test's schedules share the store.
		List<Map<String, Object>> doubled = store.sql("""
				SELECT p.parameter_value, COUNT(*) AS runs FROM monitor.batch_job_execution_params p
				JOIN monitor.batch_job_execution_params s ON s.job_execution_id = p.job_execution_id
				  AND s.parameter_name = 'schedule' AND s.parameter_value = 'every-second'
				WHERE p.parameter_name = 'fired' GROUP BY p.parameter_value HAVING COUNT(*) > 1
				""").query().listOfRows();
		assertThat(doubled).as("fire times run more than once").isEmpty();
		assertThat(store.sql("SELECT COUNT(DISTINCT instance_name) FROM monitor.qrtz_scheduler_state"
				+ " WHERE instance_name IN ('node-a', 'node-b')")
			.query(Long.class).single()).as("both nodes joined the cluster").isEqualTo(2);
	}

	@Test
	void aFireMissedWhileNoNodeRanHappensOnceOrNotAtAllAsTheScheduleSays() throws Exception {
		Instant missed = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
		// Due daily twelve hours from now: its last real fire time lies long before this test, whatever the hour.
		String daily = "0 0 " + (ZonedDateTime.now(ZoneId.of("UTC")).getHour() + 12) % 24 + " * * ?";
		Schedule once = new Schedule("missed-once", "quota-alerts", daily, ZoneId.of("UTC"), "fire-once", true, null,
				Map.of());
		Schedule skipped = new Schedule("missed-skip", "quota-alerts", daily, ZoneId.of("UTC"), "skip", true, null,
				Map.of());
		Scheduler node = this.scheduling.start("node-c", Duration.ofSeconds(1));
		JdbcClient store = JdbcClient.create(DATABASES.store.dataSource());
		try {
			ScheduleLoader loader = new ScheduleLoader();
			loader.load(node, List.of(once, skipped), Instant.now());
			// As if both had been due five minutes ago while no node was up.
			for (Schedule schedule : List.of(once, skipped)) {
				var key = JobKey.jobKey(schedule.name(), ScheduleLoader.GROUP);
				for (var trigger : node.getTriggersOfJob(key)) {
					node.unscheduleJob(trigger.getKey());
				}
				loader.scheduleFire(node, key, schedule.name(), missed);
			}

			await().atMost(Duration.ofSeconds(30)).until(() -> runsOf(store, "missed-once") == 1
					&& node.getTriggersOfJob(JobKey.jobKey("missed-skip", ScheduleLoader.GROUP)).stream()
						.allMatch((t) -> t.getStartTime().toInstant().isAfter(Instant.now())));
		}
		finally {
			node.shutdown(true);
		}
		assertThat(runsOf(store, "missed-once")).isEqualTo(1);
		assertThat(runsOf(store, "missed-skip")).isZero();
	}

	private static long runsOf(JdbcClient store, String schedule) {
		return store.sql("SELECT COUNT(*) FROM monitor.batch_job_execution_params WHERE parameter_name = 'schedule'"
				+ " AND parameter_value = :schedule").param("schedule", schedule).query(Long.class).single();
	}

	private static long fired(JdbcClient store) {
		return store.sql("SELECT COUNT(*) FROM monitor.batch_job_execution_params WHERE parameter_name = 'fired'")
			.query(Long.class)
			.single();
	}

}
