package com.sidekickforge.monitor.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The runs Spring Batch's job repository in the store recorded, scheduled or by hand, newest first. */
@Repository
public class RunHistory {

	private final JdbcClient store;

	RunHistory(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	/**
	 * One run.
	 *
	 * @param started null when it never started
	 * @param duration null while it runs
	 * @param exitDescription why it ended as it did (empty when it completed), cut to 500 characters
	 */
	public record Run(String job, long executionId, String status, Instant started, Duration duration,
			String exitDescription) {
	}

	/** The newest runs of every job. */
	public List<Run> recent(int limit) {
		return this.store.sql(SELECT + " ORDER BY e.job_execution_id DESC LIMIT :limit")
			.param("limit", limit)
			.query((rs, n) -> run(rs))
			.list();
	}

	/**
	 * The newest runs that have ended (a report lists these: the run writing it, or one still going, has no
	 * outcome to show yet).
	 */
	public List<Run> recentEnded(int limit) {
		return this.store.sql(SELECT + " WHERE e.end_time IS NOT NULL ORDER BY e.job_execution_id DESC LIMIT :limit")
			.param("limit", limit)
			.query((rs, n) -> run(rs))
			.list();
	}

	/** A job's latest run. */
	public Optional<Run> last(String job) {
		return this.store.sql(SELECT + " WHERE i.job_name = :job ORDER BY e.job_execution_id DESC LIMIT 1")
			.param("job", job)
			.query((rs, n) -> run(rs))
			.optional();
	}

	private static final String SELECT = """
			SELECT i.job_name, e.job_execution_id, e.status, e.start_time, e.end_time, e.exit_message
			FROM monitor.batch_job_execution e
			JOIN monitor.batch_job_instance i ON i.job_instance_id = e.job_instance_id""";

	private static Run run(ResultSet rs) throws SQLException {
		// Spring Batch stores local times of the JVM that ran the job.
		LocalDateTime start = rs.getObject(4, LocalDateTime.class);
		LocalDateTime end = rs.getObject(5, LocalDateTime.class);
		String exit = rs.getString(6);
		return new Run(rs.getString(1), rs.getLong(2), rs.getString(3),
				(start != null) ? start.atZone(ZoneId.systemDefault()).toInstant() : null,
				(start != null && end != null) ? Duration.between(start, end) : null,
				(exit == null) ? "" : (exit.length() > 500) ? exit.substring(0, 500) : exit);
	}

}
