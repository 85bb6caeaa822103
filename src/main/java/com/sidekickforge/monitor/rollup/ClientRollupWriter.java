package com.sidekickforge.monitor.rollup;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes each client's daily usage and tracking gaps, replacing what the range had: readers see a
 * client's days either all before or all after, as the chunk commits at once.
 */
final class ClientRollupWriter implements ItemWriter<List<ClientRollup>> {

	private final DailyUsages dailyUsages;

	ClientRollupWriter(DailyUsages dailyUsages) {
		this.dailyUsages = dailyUsages;
	}

	@Override
	public void write(Chunk<? extends List<ClientRollup>> chunk) {
		List<ClientRollup> rollups = new ArrayList<>();
		chunk.forEach(rollups::addAll);
		this.dailyUsages.replace(rollups);
	}

}
