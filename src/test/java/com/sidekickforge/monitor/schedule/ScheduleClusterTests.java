package com.sidekickforge.monitor.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
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
		List<Map<String, Object>> doubled = store.sql("""
				SELECT p.parameter_value, COUNT(*) AS runs FROM monitor.batch_job_execution_params p
				WHERE p.parameter_name = 'fired' GROUP BY p.parameter_value HAVING COUNT(*) > 1
				""").query().listOfRows();
		assertThat(doubled).as("fire times run more than once").isEmpty();
		assertThat(store.sql("SELECT COUNT(DISTINCT instance_name) FROM monitor.qrtz_scheduler_state")
			.query(Long.class).single()).as("both nodes joined the cluster").isEqualTo(2);
	}

	private static long fired(JdbcClient store) {
		return store.sql("SELECT COUNT(*) FROM monitor.batch_job_execution_params WHERE parameter_name = 'fired'")
			.query(Long.class)
			.single();
	}

}
