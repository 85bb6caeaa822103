package com.sidekickforge.monitor.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Sidekick names by id, from every source database's {@code agents} (ids are unique across them). */
public final class SidekickNames {

	private SidekickNames() {
	}

	/** The names the source databases give; a database that cannot be read gives none (callers show the id). */
	public static Map<UUID, String> read(List<SourcePartition> partitions) {
		Map<UUID, String> names = new HashMap<>();
		for (SourcePartition partition : partitions) {
			try {
				JdbcClient.create(partition.dataSource()).sql("SELECT id, name FROM agents").query((rs) -> {
					names.put(rs.getObject(1, UUID.class), rs.getString(2));
				});
			}
			catch (RuntimeException ex) {
				// unreachable tenant: its sidekicks are named by id
			}
		}
		return names;
	}

}
