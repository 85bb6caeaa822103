package com.sidekickforge.monitor.rollup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Splits the daily-usage step by client: the clients it derives, in the store's order, cut into at most
 * {@code gridSize} ranges of about as many clients each. The bounds are the store's own values, so the worker's
 * {@code BETWEEN} uses the order they were cut in.
 */
class ClientRangePartitioner implements Partitioner {

	static final String FIRST = "clients.first";

	static final String LAST = "clients.last";

	private final JdbcClient store;

	private final UUID client;

	ClientRangePartitioner(DataSource store, UUID client) {
		this.store = JdbcClient.create(store);
		this.client = client;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<UUID> clients = this.store.sql(UsageSnapshots.CLIENTS_TO_DERIVE.formatted(
				(this.client != null) ? " WHERE client_id = :client" : ""))
			.params((this.client != null) ? Map.of("client", this.client) : Map.of())
			.query(UUID.class)
			.list();
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		int count = Math.min(gridSize, clients.size());
		for (int i = 0; i < count; i++) {
			int from = (int) ((long) clients.size() * i / count);
			int to = (int) ((long) clients.size() * (i + 1) / count) - 1;
			ExecutionContext context = new ExecutionContext();
			context.putString(FIRST, clients.get(from).toString());
			context.putString(LAST, clients.get(to).toString());
			partitions.put("clients-" + i, context);
		}
		return partitions;
	}

}
