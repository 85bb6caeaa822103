package com.sidekickforge.monitor.report.assembly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sidekickforge.monitor.quota.ClientQuotas;
import com.sidekickforge.monitor.quota.Projection;
import com.sidekickforge.monitor.quota.Quota;
import com.sidekickforge.monitor.quota.QuotaLevel;
import com.sidekickforge.monitor.quota.QuotaMetric;
import com.sidekickforge.monitor.report.model.PeriodKind;
import com.sidekickforge.monitor.report.model.QuotaStatus;
import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.model.Trend;

/** Turns quotas into {@link QuotaStatus}: a client's, a sidekick's share of it, and a scope of several clients'. */
public final class QuotaStatuses {

	private QuotaStatuses() {
	}

	/**
	 * Where a period's usage came from, and whether the period is the billing period to date (then the counters
	 * and the daily usage describe the same days, and a difference between them is a tracking gap).
	 */
	record Source(String periodSource, boolean billingToDate) {

		static Source of(PeriodFigures figures, ReportPeriod period) {
			return new Source(QuotaStatus.periodSource(figures.snapshotRows, figures.eventRows),
					period.kind() == PeriodKind.CURRENT);
		}

		Long gap(long used, long periodUsed) {
			return (this.billingToDate && used != periodUsed) ? periodUsed - used : null;
		}

	}

	/** A client's quota with the chosen period's trend and the projection. */
	static QuotaStatus client(Quota quota, Trend trend, Source source, Instant asOf, ZoneId zone, ClientQuotas client) {
		var projection = Projection.of(quota, client.periodStart(), asOf, zone);
		return of(quota.metric(), quota.used(), quota.limit(), trend, trend.current(), source, projection.reachedOn());
	}

	/** The billing period's counters alone, as a quota notice shows them (no period, trend or projection). */
	public static QuotaStatus counters(Quota quota) {
		return of(quota.metric(), quota.used(), quota.limit(), null, quota.used(), null, null);
	}

	/** A sidekick's own counters against its client's limit. */
	static QuotaStatus sidekick(QuotaMetric metric, long used, long clientLimit, long periodUsed) {
		return of(metric, used, clientLimit, null, periodUsed, null, null);
	}

	private static QuotaStatus of(QuotaMetric metric, long used, long limit, Trend trend, long periodUsed,
			Source source, LocalDate projected) {
		Quota quota = new Quota(metric, used, limit);
		return new QuotaStatus(metric.key(), used, limit, quota.unlimited(), quota.percent(), quota.level(), trend,
				periodUsed, (source != null) ? source.periodSource() : null,
				(source != null) ? source.gap(used, periodUsed) : null, projected, null);
	}

	/**
	 * Several clients' quota of a metric: used is their sum, but their limits (of different tiers) are not
	 * added up, so there is no percent; the level is the worst of theirs and the count per level says more.
	 */
	static QuotaStatus scope(QuotaMetric metric, List<ClientQuotas> clients, Trend trend, Source source) {
		long used = 0;
		Map<String, Integer> byLevel = new LinkedHashMap<>();
		for (String level : List.of("green", "yellow", "red", "unlimited")) {
			byLevel.put(level, 0);
		}
		QuotaLevel worst = null;
		for (ClientQuotas client : clients) {
			Quota quota = client.quota(metric);
			used += quota.used();
			byLevel.merge(quota.unlimited() ? "unlimited" : quota.level().key(), 1, Integer::sum);
			if (!quota.unlimited() && (worst == null || quota.level().ordinal() > worst.ordinal())) {
				worst = quota.level();
			}
		}
		boolean allUnlimited = !clients.isEmpty() && byLevel.get("unlimited") == clients.size();
		return new QuotaStatus(metric.key(), used, null, allUnlimited, null,
				(worst != null) ? worst : QuotaLevel.GREEN, trend, trend.current(), source.periodSource(),
				source.gap(used, trend.current()), null, byLevel);
	}

}
