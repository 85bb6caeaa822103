package com.sidekickforge.monitor.delivery;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code job_failure_notice} table: every failed run announced, which its mail is composed from. */
@Repository
class JobFailureLog {

	private final JdbcClient store;

	JobFailureLog(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	void record(JobFailureNotice notice) {
		this.store.sql("""
				INSERT INTO monitor.job_failure_notice
				  (id, job_name, execution_id, status, error, parameters, rerun, occurred_at, payload)
				VALUES (:id, :job, :execution, :status, :error, :parameters, :rerun, :at, :payload)
				""")
			.param("id", notice.id())
			.param("job", notice.job())
			.param("execution", notice.executionId())
			.param("status", notice.status())
			.param("error", notice.error())
			.param("parameters", notice.parameters())
			.param("rerun", notice.rerun())
			.param("at", OffsetDateTime.ofInstant(notice.occurredAt(), ZoneOffset.UTC))
			.param("payload", notice.payload())
			.update();
	}

	JobFailureNotice find(UUID id) {
		return this.store.sql("""
				SELECT id, job_name, execution_id, status, error, parameters, rerun, occurred_at, payload
				FROM monitor.job_failure_notice WHERE id = :id
				""")
			.param("id", id)
			.query((rs, row) -> new JobFailureNotice(rs.getObject("id", UUID.class), rs.getString("job_name"),
					rs.getLong("execution_id"), rs.getString("status"), rs.getString("error"),
					rs.getString("parameters"), rs.getString("rerun"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("payload")))
			.single();
	}

}
