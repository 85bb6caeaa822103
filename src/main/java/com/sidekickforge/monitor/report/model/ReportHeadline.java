package com.sidekickforge.monitor.report.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The figures a report mail shows for one scope, taken from the same {@link MonitoringData} as every file of the
 * run: written with the scope's files whatever formats were asked for, so a mail never depends on one.
 *
 * @param scopeLabel "All clients" or the client's name
 * @param quotas voice, text and embedding, as in the JSON
 * @param conversations conversations started in the period against the previous period
 * @param dailyUsage the period's usage per trend bucket
 */
public record ReportHeadline(String scopeLabel, String period, String periodLabel, LocalDate periodStart,
		LocalDate periodEnd, String bucket, Instant asOf, String timezone, List<QuotaStatus> quotas,
		Trend conversations, int activeWarnings, List<DailyUsage> dailyUsage) {

	public static ReportHeadline of(MonitoringData data) {
		return new ReportHeadline(data.scope().label(), data.period(), data.periodLabel(), data.periodStart(),
				data.periodEnd(), data.bucket(), data.asOf(), data.timezone(), data.quotas(), data.conversations().total(),
				data.activeWarnings(), data.dailyUsage());
	}

	/** The scope a headline is kept under: "all", or the client's id. */
	public static String key(ReportScope scope) {
		return key((scope.client() != null) ? scope.client().id() : null);
	}

	/** @param client the client's id, or null for the report of all clients */
	public static String key(UUID client) {
		return (client != null) ? client.toString() : "all";
	}

}
