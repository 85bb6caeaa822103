package com.sidekickforge.monitor.quota;

import java.util.Locale;

/**
 * The three quotas of a tier. The names are the ones users see in webhooks and files
 * ({@code voice_seconds}, ...); the defaults are the product's limits for a tier without a
 * {@code tier_quotas} row.
 */
public enum QuotaMetric {

	VOICE_SECONDS("Voice", "minutes", 6000),

	TEXT_MESSAGES("Text messages", "messages", 1000),

	EMBEDDING_CHUNKS("Embedding chunks", "chunks", 10000);

	private final String title;

	private final String unit;

	private final long productDefault;

	QuotaMetric(String title, String unit, long productDefault) {
		this.title = title;
		this.unit = unit;
		this.productDefault = productDefault;
	}

	/** As in webhooks, files and the ledger: {@code voice_seconds}, {@code text_messages}, {@code embedding_chunks}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String title() {
		return this.title;
	}

	/** The unit shown to people: voice is shown in minutes. */
	public String unit() {
		return this.unit;
	}

	public long productDefault() {
		return this.productDefault;
	}

	/** An amount as people read it: voice seconds as whole minutes (rounded down), others as they are. */
	public long shown(long amount) {
		return (this == VOICE_SECONDS) ? amount / 60 : amount;
	}

	public static QuotaMetric ofKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

}
