package com.sidekickforge.monitor.report.model;

import java.time.LocalDate;

import com.sidekickforge.monitor.quota.QuotaMetric;

/**
 * Usage of one trend bucket (a day; a week for {@code 6m}; a month for {@code 12m}), the seed's
 * {@code DailyUsage}.
 *
 * @param date the bucket's first day
 * @param estimated some of it was rebuilt from the event tables (before the first snapshot)
 */
public record DailyUsage(LocalDate date, long voiceSeconds, long textMessages, long embeddingChunks,
		long conversationsStarted, boolean estimated) {

	/** The bucket's voice in minutes, one decimal, as every output shows it. */
	public double voiceMinutes() {
		return QuotaMetric.VOICE_SECONDS.inUnit(this.voiceSeconds);
	}

}
