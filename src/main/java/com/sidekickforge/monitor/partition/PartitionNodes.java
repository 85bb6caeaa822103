package com.sidekickforge.monitor.partition;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The nodes taking partitions and when each was last seen alive ({@code partition_node}). */
@Repository
class PartitionNodes {

	private final JdbcClient store;

	PartitionNodes(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	/** Says that this node is alive now. */
	public void seen(String node, Instant now) {
		int updated = this.store.sql("UPDATE monitor.partition_node SET seen_at = :now WHERE node = :node")
			.param("now", time(now))
			.param("node", node)
			.update();
		if (updated == 0) {
			try {
				this.store.sql("INSERT INTO monitor.partition_node (node, seen_at) VALUES (:node, :now)")
					.param("now", time(now))
					.param("node", node)
					.update();
			}
			catch (DuplicateKeyException ex) {
				// inserted by this node's other thread at the same moment: it is seen either way
			}
		}
	}

	/** Nodes seen since then, by name. */
	public List<String> seenSince(Instant since) {
		return this.store.sql("SELECT node FROM monitor.partition_node WHERE seen_at >= :since ORDER BY node")
			.param("since", time(since))
			.query(String.class)
			.list();
	}

	static OffsetDateTime time(Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

}
