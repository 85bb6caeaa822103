package com.sidekickforge.monitor.partition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.sidekickforge.monitor.partition.PartitionNodes.time;

/**
 * The {@code partition_work} table. A claim is a conditional UPDATE on the row's version: of two nodes claiming one
 * partition, the database lets exactly one through. Statements commit on their own, so a claim or a lease renewal
 * is visible to the other nodes at once.
 */
@Repository
class PartitionWork {

	private static final String COLUMNS = "step_execution_id, job_execution_id, manager_step, worker_step, "
			+ "partition_name, assigned_to, claimed_by, status, version, offered_at, lease_until";

	private final JdbcClient store;

	PartitionWork(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	/** A partition to offer. */
	public record Offer(long stepExecutionId, long jobExecutionId, String managerStep, String workerStep,
			String partitionName, String assignedTo) {
	}

	/** Offers partitions; one already offered (a manager restarted with the same step execution) is left as it is. */
	public void offer(List<Offer> offers, Instant now) {
		for (Offer offer : offers) {
			boolean known = this.store.sql("SELECT COUNT(*) FROM monitor.partition_work WHERE step_execution_id = :id")
				.param("id", offer.stepExecutionId())
				.query(Long.class)
				.single() > 0;
			if (known) {
				continue;
			}
			this.store.sql("INSERT INTO monitor.partition_work (" + COLUMNS + ", claims) VALUES (:id, :job, :manager, "
					+ ":worker, :name, :assigned, NULL, 'OPEN', 0, :now, NULL, 0)")
				.param("id", offer.stepExecutionId())
				.param("job", offer.jobExecutionId())
				.param("manager", offer.managerStep())
				.param("worker", offer.workerStep())
				.param("name", offer.partitionName())
				.param("assigned", offer.assignedTo())
				.param("now", time(now))
				.update();
		}
	}

	/** Partitions not done yet, of every step or of one manager step execution; oldest first. */
	public List<PartitionRow> pending(Long jobExecutionId, String managerStep) {
		String where = (jobExecutionId != null) ? " AND job_execution_id = :job AND manager_step = :manager" : "";
		var sql = this.store.sql("SELECT " + COLUMNS + " FROM monitor.partition_work WHERE status <> 'DONE'" + where
				+ " ORDER BY job_execution_id, step_execution_id");
		if (jobExecutionId != null) {
			sql = sql.param("job", jobExecutionId).param("manager", managerStep);
		}
		return sql.query(PartitionWork::row).list();
	}

	/** Every partition of one manager step execution, done or not. */
	public List<PartitionRow> of(long jobExecutionId, String managerStep) {
		return this.store.sql("SELECT " + COLUMNS + " FROM monitor.partition_work WHERE job_execution_id = :job "
				+ "AND manager_step = :manager ORDER BY step_execution_id")
			.param("job", jobExecutionId)
			.param("manager", managerStep)
			.query(PartitionWork::row)
			.list();
	}

	/** Claims the partition as it was read; false when another node changed it first. */
	boolean claim(PartitionRow row, String node, Instant leaseUntil) {
		return this.store.sql("UPDATE monitor.partition_work SET status = 'CLAIMED', claimed_by = :node, "
				+ "lease_until = :until, version = version + 1, claims = claims + 1 "
				+ "WHERE step_execution_id = :id AND version = :version AND status <> 'DONE'")
			.param("node", node)
			.param("until", time(leaseUntil))
			.param("id", row.stepExecutionId())
			.param("version", row.version())
			.update() == 1;
	}

	/** Keeps a claim; false when the node lost it (its lease ran out and another node took the partition over). */
	boolean renew(long stepExecutionId, String node, Instant leaseUntil) {
		return this.store.sql("UPDATE monitor.partition_work SET lease_until = :until WHERE step_execution_id = :id "
				+ "AND claimed_by = :node AND status = 'CLAIMED'")
			.param("until", time(leaseUntil))
			.param("id", stepExecutionId)
			.param("node", node)
			.update() == 1;
	}

	/** The partition has run (its step execution says how it ended). */
	void finish(long stepExecutionId, String node, Instant now) {
		this.store.sql("UPDATE monitor.partition_work SET status = 'DONE', finished_at = :now, lease_until = NULL "
				+ "WHERE step_execution_id = :id AND claimed_by = :node")
			.param("now", time(now))
			.param("id", stepExecutionId)
			.param("node", node)
			.update();
	}

	private static PartitionRow row(ResultSet rs, int n) throws SQLException {
		return new PartitionRow(rs.getLong("step_execution_id"), rs.getLong("job_execution_id"),
				rs.getString("manager_step"), rs.getString("worker_step"), rs.getString("partition_name"),
				rs.getString("assigned_to"), rs.getString("claimed_by"),
				PartitionRow.Status.valueOf(rs.getString("status")), rs.getInt("version"), instant(rs, "offered_at"),
				instant(rs, "lease_until"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

}
