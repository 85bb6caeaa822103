package com.sidekickforge.monitor.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads client ids in batches, so that the daily-usage step asks the store a few questions per batch
 * instead of per client. The restart state is the underlying reader's (clients read so far).
 */
final class ClientBatchReader implements ItemStreamReader<List<UUID>> {

	private final ItemStreamReader<UUID> clients;

	private final int batchSize;

	ClientBatchReader(ItemStreamReader<UUID> clients, int batchSize) {
		this.clients = clients;
		this.batchSize = batchSize;
	}

	@Override
	public List<UUID> read() throws Exception {
		List<UUID> batch = new ArrayList<>(this.batchSize);
		UUID client;
		while (batch.size() < this.batchSize && (client = this.clients.read()) != null) {
			batch.add(client);
		}
		return batch.isEmpty() ? null : batch;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.clients.open(executionContext);
	}

	@Override
	public void update(ExecutionContext executionContext) {
		this.clients.update(executionContext);
	}

	@Override
	public void close() {
		this.clients.close();
	}

}
