package com.sidekickforge.monitor.rollup;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes each client's daily usage and tracking gaps, replacing what the range had: readers see a
 * client's days either all before or all after, as the chunk commits at once.
 */
final class ClientRollupWriter implements ItemWriter<ClientRollup> {

	private final DailyUsages dailyUsages;

	ClientRollupWriter(DailyUsages dailyUsages) {
		this.dailyUsages = dailyUsages;
	}

	@Override
	public void write(Chunk<? extends ClientRollup> chunk) {
		this.dailyUsages.replace(java.util.List.copyOf(chunk.getItems()));
	}

}
