package com.sidekickforge.monitor.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The latest run of each job, as Spring Batch's job repository in the store recorded it. */
@Repository
public class LastRuns {

	private final JdbcClient store;

	LastRuns(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	/**
	 * One run.
	 *
	 * @param started when it started, in this JVM's zone (Spring Batch stores local times)
	 * @param duration null while it runs
	 */
	public record LastRun(long executionId, String status, ZonedDateTime started, Duration duration, String exitCode) {
	}

	public Optional<LastRun> of(String job) {
		return this.store.sql("""
				SELECT e.job_execution_id, e.status, e.start_time, e.end_time, e.exit_code
				FROM monitor.batch_job_execution e
				JOIN monitor.batch_job_instance i ON i.job_instance_id = e.job_instance_id
				WHERE i.job_name = :job ORDER BY e.job_execution_id DESC LIMIT 1
				""").param("job", job).query((rs, n) -> {
			LocalDateTime start = rs.getObject(3, LocalDateTime.class);
			LocalDateTime end = rs.getObject(4, LocalDateTime.class);
			return new LastRun(rs.getLong(1), rs.getString(2),
					(start != null) ? start.atZone(ZoneId.systemDefault()) : null,
					(start != null && end != null) ? Duration.between(start, end) : null, rs.getString(5));
		}).optional();
	}

}
