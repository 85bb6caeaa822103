package com.sidekickforge.monitor.anomaly;

import java.util.Map;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.quota.QuotaMetric;

/**
 * When a day counts as unusual.
 *
 * @param score how many robust deviations above the usual median a day must be
 * @param minimum how much above the median, at least, per metric in the metric's own units (voice in seconds), so
 * that a small sidekick's few extra messages never alert
 * @param history days of the trailing four weeks a sidekick must have been in use, or it has no normal yet
 */
public record AnomalyRule(double score, Map<QuotaMetric, Long> minimum, int history) {

	/** The four weeks a day is compared with. */
	public static final int BASELINE_DAYS = 28;

	/** How far back the first use of a metric is looked for: eight weeks, the baseline and as long again. */
	public static final int LOOKBACK_DAYS = 2 * BASELINE_DAYS;

	public AnomalyRule {
		minimum = Map.copyOf(minimum);
	}

	/** The rule of {@code forge.alerts.anomaly}: minimums in people's units (voice minutes) made the metrics'. */
	public static AnomalyRule of(ForgeProperties.Anomaly settings) {
		return new AnomalyRule(settings.score(), Map.of(QuotaMetric.VOICE_SECONDS, settings.minimumVoiceMinutes() * 60,
				QuotaMetric.TEXT_MESSAGES, settings.minimumTextMessages(), QuotaMetric.EMBEDDING_CHUNKS,
				settings.minimumEmbeddingChunks()), settings.historyDays());
	}

	long minimumOf(QuotaMetric metric) {
		return this.minimum.getOrDefault(metric, 0L);
	}

}
