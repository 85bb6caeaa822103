package com.sidekickforge.monitor.anomaly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sidekickforge.monitor.quota.ExhaustionForecast;
import com.sidekickforge.monitor.quota.QuotaMetric;

/**
 * Judges one day of one sidekick and metric against the {@value AnomalyRule#BASELINE_DAYS} days before it. The
 * baseline counts a day without use as 0 from the first day the sidekick used the metric within the
 * {@value AnomalyRule#LOOKBACK_DAYS} days before (a sidekick new to it, or back after a long silence, has no normal
 * until it has {@code history} days of it); where its workdays and weekend days
 * differ by half or more (median against median), only days of the day's own kind count, so a quiet weekend does
 * not make every Monday unusual. The score is the distance above the median in robust deviations (1.4826 times
 * the median absolute deviation, at least a tenth of the median and at least 1 unit, so a sidekick that does exactly
 * the same every day is not alarmed by a slightly busier one).
 */
public final class UnusualDays {

	private static final double CONSISTENCY = 1.4826;

	private final AnomalyRule rule;

	public UnusualDays(AnomalyRule rule) {
		this.rule = rule;
	}

	/**
	 * @param usage the sidekick's use of the metric per day, at least the {@value AnomalyRule#LOOKBACK_DAYS} days
	 * before {@code day} (missing days are 0)
	 */
	public Optional<UnusualDay> judge(QuotaMetric metric, LocalDate day, Map<LocalDate, Long> usage) {
		long amount = usage.getOrDefault(day, 0L);
		LocalDate firstUsed = firstUsed(usage, day);
		if (firstUsed == null || amount <= 0) {
			return Optional.empty();
		}
		List<Long> workdays = new ArrayList<>();
		List<Long> weekend = new ArrayList<>();
		for (LocalDate past = day.minusDays(AnomalyRule.BASELINE_DAYS); past.isBefore(day); past = past.plusDays(1)) {
			if (!past.isBefore(firstUsed)) {
				(ExhaustionForecast.weekend(past) ? weekend : workdays).add(usage.getOrDefault(past, 0L));
			}
		}
		if (workdays.size() + weekend.size() < this.rule.history()) {
			return Optional.empty();
		}
		boolean rhythm = rhythm(workdays, weekend);
		List<Long> baseline = new ArrayList<>();
		if (!rhythm || ExhaustionForecast.weekend(day)) {
			baseline.addAll(weekend);
		}
		if (!rhythm || !ExhaustionForecast.weekend(day)) {
			baseline.addAll(workdays);
		}
		double[] sorted = baseline.stream().mapToDouble(Long::doubleValue).sorted().toArray();
		double median = quantile(sorted, 0.5);
		double[] deviations = Arrays.stream(sorted).map((value) -> Math.abs(value - median)).sorted().toArray();
		double scale = Math.max(Math.max(CONSISTENCY * quantile(deviations, 0.5), 0.1 * median), 1);
		double score = (amount - median) / scale;
		if (score < this.rule.score() || amount - median < this.rule.minimumOf(metric)) {
			return Optional.empty();
		}
		return Optional.of(new UnusualDay(day, amount, median, quantile(sorted, 0.1), quantile(sorted, 0.9), score,
				rhythm));
	}

	/** The first day of the lookback with use, or null when none. */
	private static LocalDate firstUsed(Map<LocalDate, Long> usage, LocalDate day) {
		for (LocalDate past = day.minusDays(AnomalyRule.LOOKBACK_DAYS); past.isBefore(day); past = past.plusDays(1)) {
			if (usage.getOrDefault(past, 0L) > 0) {
				return past;
			}
		}
		return null;
	}

	/** Workdays and weekend days apart by half or more, each kind seen at least four times. */
	static boolean rhythm(List<Long> workdays, List<Long> weekend) {
		if (workdays.size() < 4 || weekend.size() < 4) {
			return false;
		}
		double work = quantile(workdays.stream().mapToDouble(Long::doubleValue).sorted().toArray(), 0.5);
		double rest = quantile(weekend.stream().mapToDouble(Long::doubleValue).sorted().toArray(), 0.5);
		return Math.min(work, rest) < 0.5 * Math.max(work, rest);
	}

	/** The quantile of sorted values, interpolated between neighbours; 0 for none. */
	static double quantile(double[] sorted, double q) {
		if (sorted.length == 0) {
			return 0;
		}
		double position = q * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(below + 1, sorted.length - 1);
		return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
	}

}
