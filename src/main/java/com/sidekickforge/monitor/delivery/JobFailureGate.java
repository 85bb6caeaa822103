package com.sidekickforge.monitor.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code job_failure_gate} table: when each failure (job and cause) was last announced. Claiming the gate is
 * a conditional UPDATE, or the first INSERT, inside the announcement's transaction: of two nodes failing at once,
 * one updates the row (or inserts it) and the other finds it claimed or fails on its primary key.
 */
@Repository
class JobFailureGate {

	private final JdbcClient store;

	JobFailureGate(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	/** Claims a gate: true when its last announcement is older than {@code grace} (or there is none). */
	boolean open(String gate, Instant now, Duration grace) {
		int updated = this.store.sql("""
				UPDATE monitor.job_failure_gate SET notified_at = :now
				WHERE job_name = :gate AND notified_at <= :cutoff
				""")
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("gate", gate)
			.param("cutoff", OffsetDateTime.ofInstant(now.minus(grace), ZoneOffset.UTC))
			.update();
		if (updated == 1) {
			return true;
		}
		boolean exists = this.store.sql("SELECT COUNT(*) FROM monitor.job_failure_gate WHERE job_name = :gate")
			.param("gate", gate)
			.query(Long.class)
			.single() > 0;
		if (exists) {
			return false;
		}
		this.store.sql("INSERT INTO monitor.job_failure_gate (job_name, notified_at) VALUES (:gate, :now)")
			.param("gate", gate)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		return true;
	}

}
