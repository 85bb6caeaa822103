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
		for (ClientRollup rollup : chunk) {
			this.dailyUsages.replace(rollup.clientId(), rollup.range(), rollup.rows());
			this.dailyUsages.replaceGaps(rollup.clientId(), rollup.periodStart(), rollup.gaps());
		}
	}

}
