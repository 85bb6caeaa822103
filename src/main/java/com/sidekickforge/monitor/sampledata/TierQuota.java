package com.sidekickforge.monitor.sampledata;

import java.util.List;

/**
 * One row of {@code tier_quotas} as the demo writes it. A limit of 0 means unlimited.
 */
record TierQuota(String tier, int voiceSecondsPerMonth, int textMessagesPerMonth,
		int embeddingChunksPerMonth, int maxSidekicks) {

	/** The demo's tiers: paragon has unlimited voice, as one tier of a real deployment may. */
	public static final List<TierQuota> DEMO_TIERS = List.of(
			new TierQuota("adventurer", 6_000, 1_000, 10_000, 5),
			new TierQuota("champion", 36_000, 2_000, 30_000, 10),
			new TierQuota("paragon", 0, 5_000, 100_000, 25));

	/** What a client of this tier is planned against when the limit is unlimited: a busy month's volume. */
	double voiceReference() {
		return this.voiceSecondsPerMonth == 0 ? 60_000 : this.voiceSecondsPerMonth;
	}

	double textReference() {
		return this.textMessagesPerMonth == 0 ? 5_000 : this.textMessagesPerMonth;
	}

	double chunkReference() {
		return this.embeddingChunksPerMonth == 0 ? 30_000 : this.embeddingChunksPerMonth;
	}

	static TierQuota of(String tier) {
		return DEMO_TIERS.stream()
			.filter((quota) -> quota.tier().equals(tier))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown tier " + tier));
	}

}
