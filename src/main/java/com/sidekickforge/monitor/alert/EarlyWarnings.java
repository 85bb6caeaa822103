package com.sidekickforge.monitor.alert;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

import com.sidekickforge.monitor.anomaly.AnomalyRule;
import com.sidekickforge.monitor.anomaly.UnusualDay;
import com.sidekickforge.monitor.anomaly.UnusualDays;
import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.quota.ExhaustionForecast;
import com.sidekickforge.monitor.quota.Quota;
import com.sidekickforge.monitor.quota.QuotaMetric;

/**
 * What the alerts ahead of the thresholds would say about a quota or a sidekick's day, as of a day: the same
 * decision for the quota-alerts job and for {@code backtest-alerts}. Nothing is read or written here.
 */
public final class EarlyWarnings {

	/** A projection is announced only while the quota is under the lowest usual threshold. */
	public static final int BELOW_PERCENT = 80;

	private final int projectionDays;

	private final UnusualDays unusualDays;

	EarlyWarnings(int projectionDays, AnomalyRule rule) {
		this.projectionDays = projectionDays;
		this.unusualDays = new UnusualDays(rule);
	}

	public static EarlyWarnings of(ForgeProperties properties) {
		return new EarlyWarnings(properties.alerts().projectionDays(),
				AnomalyRule.of(properties.alerts().anomaly()));
	}

	/** A quota that, at its recent pace, runs out before its period ends. */
	public record ProjectedExhaustion(Quota quota, LocalDate periodStart, LocalDate evaluatedOn,
			ExhaustionForecast forecast) {

		/** Days from the evaluation to the projected day (0: that same day). */
		public long daysLeft() {
			return this.evaluatedOn.until(this.forecast.reachedOn()).getDays();
		}

	}

	/**
	 * A limited quota under {@value #BELOW_PERCENT} % projected to run out within {@code forge.alerts.projection-days}
	 * of {@code today} and before its billing period ends.
	 *
	 * @param daily the client's use of the quota's metric per day (the lookback before {@code today})
	 */
	public Optional<ProjectedExhaustion> projection(Quota quota, Map<LocalDate, Long> daily, LocalDate today) {
		if (quota.unlimited() || quota.reached(BELOW_PERCENT)) {
			return Optional.empty();
		}
		LocalDate periodStart = YearMonth.from(today).atDay(1);
		return ExhaustionForecast.of(quota, daily, today, YearMonth.from(today).atEndOfMonth())
			.filter((forecast) -> forecast.reachedOn() != null
					&& !forecast.reachedOn().isAfter(today.plusDays(this.projectionDays)))
			.map((forecast) -> new ProjectedExhaustion(quota, periodStart, today, forecast));
	}

	/** A sidekick's day far above its own normal for the metric (usage: at least the eight weeks before it). */
	public Optional<UnusualDay> unusualDay(QuotaMetric metric, LocalDate day, Map<LocalDate, Long> usage) {
		return this.unusualDays.judge(metric, day, usage);
	}

}
