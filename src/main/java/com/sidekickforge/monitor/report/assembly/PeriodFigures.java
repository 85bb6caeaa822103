package com.sidekickforge.monitor.report.assembly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.sidekickforge.monitor.quota.QuotaMetric;
import com.sidekickforge.monitor.report.model.DailyUsage;
import com.sidekickforge.monitor.report.model.HealthSummary;
import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.read.ClientActivity;

/**
 * The sums of a period over some clients' stored activity, in one pass over their rows: per metric, per
 * sidekick, per trend bucket, and the conversation mix (channel, status, hour, weekday x hour).
 */
final class PeriodFigures {

	final long[] used = new long[3];

	final Map<UUID, long[]> bySidekick = new HashMap<>();

	final TreeMap<LocalDate, long[]> buckets = new TreeMap<>();

	final Map<String, Long> byChannel = new TreeMap<>();

	final Map<String, Long> byStatus = new TreeMap<>();

	final long[] byHour = new long[24];

	final long[][] heatmap = new long[7][24];

	long conversations;

	long messages;

	long voiceCallSeconds;

	long voiceCalls;

	boolean statusTracked;

	/** Whether the period's usage has days derived from counter snapshots, and days rebuilt from events. */
	boolean snapshotRows;

	boolean eventRows;

	long actions;

	long failedActions;

	/** Per trend bucket: actions and failed actions. */
	final TreeMap<LocalDate, long[]> actionBuckets = new TreeMap<>();

	/** Index of a sidekick's conversations in {@link #bySidekick} (after the three metrics). */
	static final int CONVERSATIONS = 3;

	/** Index in a bucket: the three metrics, conversations, estimated (1 when any part is). */
	static final int ESTIMATED = 4;

	static PeriodFigures of(List<ClientActivity> clients, ReportPeriod period) {
		PeriodFigures figures = new PeriodFigures();
		for (LocalDate day = period.bucketOf(period.first()); !day.isAfter(period.last());
				day = next(period, day)) {
			figures.buckets.put(day, new long[5]);
			figures.actionBuckets.put(day, new long[2]);
		}
		clients.forEach((client) -> figures.add(client, period));
		return figures;
	}

	private static LocalDate next(ReportPeriod period, LocalDate bucket) {
		return switch (period.bucket()) {
			case DAY -> bucket.plusDays(1);
			case WEEK -> bucket.plusWeeks(1);
			case MONTH -> bucket.plusMonths(1);
		};
	}

	private void add(ClientActivity client, ReportPeriod period) {
		for (ClientActivity.UsageRow row : client.usage) {
			if (!period.contains(row.day())) {
				continue;
			}
			long[] amounts = { row.voiceSeconds(), row.textMessages(), row.embeddingChunks() };
			long[] sidekick = this.bySidekick.computeIfAbsent(row.agentId(), (k) -> new long[4]);
			long[] bucket = this.buckets.get(period.bucketOf(row.day()));
			for (int i = 0; i < 3; i++) {
				this.used[i] += amounts[i];
				sidekick[i] += amounts[i];
				bucket[i] += amounts[i];
			}
			if (row.estimated()) {
				bucket[ESTIMATED] = 1;
				this.eventRows = true;
			}
			else {
				this.snapshotRows = true;
			}
		}
		for (ClientActivity.ConversationRow row : client.conversations) {
			if (!"untracked".equals(row.status())) {
				this.statusTracked = true;
			}
			if (!period.contains(row.day())) {
				continue;
			}
			this.conversations += row.conversations();
			this.messages += row.messages();
			this.bySidekick.computeIfAbsent(row.agentId(), (k) -> new long[4])[CONVERSATIONS] += row.conversations();
			this.buckets.get(period.bucketOf(row.day()))[CONVERSATIONS] += row.conversations();
			this.byChannel.merge(row.channel(), row.conversations(), Long::sum);
			this.byStatus.merge("untracked".equals(row.status()) ? "not_tracked" : row.status(), row.conversations(),
					Long::sum);
			this.byHour[row.hour()] += row.conversations();
			this.heatmap[row.day().getDayOfWeek().getValue() - 1][row.hour()] += row.conversations();
		}
		for (ClientActivity.ActionDay day : client.actions) {
			if (period.contains(day.day())) {
				this.actions += day.total();
				this.failedActions += day.failed();
				long[] bucket = this.actionBuckets.get(period.bucketOf(day.day()));
				bucket[0] += day.total();
				bucket[1] += day.failed();
			}
		}
		for (ClientActivity.VoiceCalls calls : client.voiceCalls) {
			if (period.contains(calls.day())) {
				this.voiceCallSeconds += calls.seconds();
				this.voiceCalls += calls.calls();
			}
		}
	}

	long used(QuotaMetric metric) {
		return this.used[metric.ordinal()];
	}

	long sidekick(UUID agent, int index) {
		long[] sums = this.bySidekick.get(agent);
		return (sums != null) ? sums[index] : 0;
	}

	List<DailyUsage> dailyUsage() {
		List<DailyUsage> days = new ArrayList<>(this.buckets.size());
		this.buckets.forEach((day, s) -> days.add(new DailyUsage(day, s[0], s[1], s[2], s[CONVERSATIONS], s[ESTIMATED] > 0)));
		return days;
	}

	/** Failed actions in percent of all, two decimals; null when there were none. */
	Double errorRate() {
		return (this.actions == 0) ? null : round2(this.failedActions * 100.0 / this.actions);
	}

	List<HealthSummary.ErrorRateDay> errorRateTrend() {
		List<HealthSummary.ErrorRateDay> days = new ArrayList<>(this.actionBuckets.size());
		this.actionBuckets.forEach((day, a) -> days.add(new HealthSummary.ErrorRateDay(day, a[0], a[1],
				(a[0] == 0) ? null : round2(a[1] * 100.0 / a[0]))));
		return days;
	}

	double avgVoiceMinutes() {
		return (this.voiceCalls == 0) ? 0 : round2(this.voiceCallSeconds / 60.0 / this.voiceCalls);
	}

	double avgMessages() {
		return (this.conversations == 0) ? 0 : round2((double) this.messages / this.conversations);
	}

	static double round2(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
