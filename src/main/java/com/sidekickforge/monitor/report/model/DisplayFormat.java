package com.sidekickforge.monitor.report.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.sidekickforge.monitor.event.EventType;
import com.sidekickforge.monitor.quota.EarlyWarningWording;
import com.sidekickforge.monitor.quota.Quota;
import com.sidekickforge.monitor.quota.QuotaMetric;

/**
 * How the dashboard writes numbers, quotas, trends and times for people; the template calls it, so a designer
 * never formats by hand. Voice is shown in minutes.
 */
public final class DisplayFormat {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private final DateTimeFormatter time;

	public static DisplayFormat of(ZoneId zone) {
		return new DisplayFormat(zone);
	}

	public DisplayFormat(ZoneId zone) {
		this.time = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(zone);
	}

	public String title(String metric) {
		return switch (QuotaMetric.ofKey(metric)) {
			case VOICE_SECONDS -> "Voice minutes";
			case TEXT_MESSAGES -> "Text messages";
			case EMBEDDING_CHUNKS -> "Embedding chunks";
		};
	}

	/**
	 * The billing period's counters: "524 / 600 minutes", "1,153 / 2,000 messages", "3,000 minutes, unlimited" or
	 * for several clients "3,000 minutes counted".
	 */
	public String headline(QuotaStatus quota) {
		QuotaMetric metric = QuotaMetric.ofKey(quota.metric());
		if (quota.limit() == null) {
			return amount(quota.metric(), quota.used()) + " counted";
		}
		if (quota.unlimited()) {
			return amount(quota.metric(), quota.used()) + ", unlimited";
		}
		return metric.format(quota.used()) + " / " + metric.withUnit(quota.limit());
	}

	/** "118", "1,234" or "117.5": an amount of a metric in the unit people read, without the unit's name. */
	public String figure(String metric, long amount) {
		return QuotaMetric.ofKey(metric).format(amount);
	}

	/** "118 minutes", "1,234 messages": an amount of a metric in the unit people read. */
	public String amount(String metric, long amount) {
		return QuotaMetric.ofKey(metric).withUnit(amount);
	}

	/** "21,669 chunks in the period (from events)": the daily usage of the chosen period, naming its source. */
	public String periodUsed(QuotaStatus quota) {
		return amount(quota.metric(), quota.periodUsed()) + " in the period"
				+ ((quota.periodSource() != null) ? " (from " + quota.periodSource() + ")" : "");
	}

	/**
	 * Where the counters and the daily usage of the billing period disagree, the gap as a gap: "Tracking gap: the
	 * events show 2,351 chunks more than the usage counters"; "" when they agree or the period is another.
	 */
	public String gap(QuotaStatus quota) {
		if (quota.counterGap() == null) {
			return "";
		}
		long gap = quota.counterGap();
		return "Tracking gap: the " + ((quota.periodSource() != null) ? quota.periodSource() : "daily usage") + " show "
				+ amount(quota.metric(), Math.abs(gap)) + ((gap > 0) ? " more" : " fewer") + " than the usage counters";
	}

	/** "87.8 %", "Unlimited", or "" for several clients (their limits are never added up). */
	public String percent(QuotaStatus quota) {
		if (quota.unlimited()) {
			return "Unlimited";
		}
		return (quota.percent() == null) ? "" : Quota.percentText(quota.percent());
	}

	public String minutes(double minutes) {
		return QuotaMetric.number(minutes) + " min";
	}

	public String number(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	/** Thresholds as a person writes them: "80 %", "80 and 90 %", "80, 90 and 100 %" (from "80,90,100"). */
	public String thresholds(String commaSeparated) {
		List<String> values = Arrays.stream(commaSeparated.split(","))
			.map(String::trim)
			.filter((value) -> !value.isEmpty())
			.toList();
		if (values.size() <= 1) {
			return String.join("", values) + "\u00a0%";
		}
		return String.join(", ", values.subList(0, values.size() - 1)) + " and " + values.get(values.size() - 1)
				+ "\u00a0%";
	}

	/**
	 * What an alert says after its client and quota: "crossed 80 and 90 %", "recovered below 80 %", "runs out
	 * around Fri 9 Oct at the recent pace (68.1 % used)", "unusual day for Sales bot: 84 messages on Sat 3 Oct
	 * (usually 24-52)".
	 */
	public String alert(AlertItem alert) {
		QuotaMetric metric = QuotaMetric.ofKey(alert.metric());
		if (alert.projection() != null) {
			return EarlyWarningWording.projection(alert.projection().projectedDate(), alert.projection().percent());
		}
		if (alert.unusualDay() != null) {
			AlertItem.UnusualDay day = alert.unusualDay();
			return EarlyWarningWording.unusualDay(metric, day.sidekickName(), day.day(), day.amount(), day.usualLow(),
					day.usualHigh());
		}
		if (EventType.QUOTA_RECOVERED.is(alert.eventType())) {
			return "recovered below " + alert.threshold() + "\u00a0%";
		}
		return "crossed " + thresholds(alert.thresholds());
	}

	/** "409 / 600 minutes", or "\u2013" for an alert about a sidekick's day rather than the quota. */
	public String usedOfLimit(AlertItem alert) {
		if (alert.used() == null || alert.limit() == null) {
			return "\u2013";
		}
		QuotaMetric metric = QuotaMetric.ofKey(alert.metric());
		return metric.format(alert.used()) + " / " + metric.withUnit(alert.limit());
	}

	/** A rate in percent to a tenth ("1.3 %"), or "–" when there is none (nothing was counted). */
	public String rate(Double percent) {
		return (percent == null) ? "\u2013" : String.format(Locale.ROOT, "%.1f\u00a0%%", percent);
	}

	/** A trend bucket as a person names it: "Mon 3 Nov 2026" (a day), "week of 3 Nov 2026", "Nov 2026". */
	public String bucket(LocalDate first, String bucket) {
		return switch (bucket) {
			case "week" -> "week of " + first.format(DAY);
			case "month" -> first.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
			default -> first.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH));
		};
	}

	/** A bucket's usage in the units people read: "84.3 minutes · 1,203 messages · 402 chunks". */
	public String usage(DailyUsage usage) {
		return QuotaMetric.VOICE_SECONDS.withUnit(usage.voiceSeconds()) + " \u00b7 "
				+ QuotaMetric.TEXT_MESSAGES.withUnit(usage.textMessages()) + " \u00b7 "
				+ QuotaMetric.EMBEDDING_CHUNKS.withUnit(usage.embeddingChunks());
	}

	public String decimal(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/**
	 * "↑ 12.5 %" against the previous period; "new" when there was nothing before; "no comparison" when recorded
	 * history does not cover the previous period.
	 */
	public String trend(Trend trend) {
		if (trend == null) {
			return "";
		}
		if (!trend.comparable()) {
			return "no comparison";
		}
		String arrow = switch (trend.direction()) {
			case "up" -> "\u2191";
			case "down" -> "\u2193";
			default -> "\u2192";
		};
		return (trend.changePercent() == null) ? arrow + " new"
				: String.format(Locale.ROOT, "%s %.1f %%", arrow, Math.abs(trend.changePercent()));
	}

	/**
	 * The comparison with the previous amount in the same unit: "↑ 38.5 % (previous 85 minutes)", or why there is
	 * none: "no comparable history before 21 Oct 2025".
	 *
	 * @param metric a quota metric's key, or null for a plain count (conversations)
	 */
	public String against(String metric, Trend trend) {
		if (trend == null) {
			return "";
		}
		if (!trend.comparable()) {
			return (trend.historyStart() == null) ? "no recorded history to compare with"
					: "no comparable history before " + DAY.format(trend.historyStart());
		}
		String previous = (metric != null) ? amount(metric, trend.previous()) : number(trend.previous());
		return trend(trend) + " (previous " + previous + ")";
	}

	public String time(Instant instant) {
		return (instant != null) ? this.time.format(instant) : "never";
	}

	public long millis(Instant instant) {
		return (instant != null) ? instant.toEpochMilli() : 0;
	}

	/** A sidekick's share of its client's limit as a bar width in percent (0-100). */
	public long bar(QuotaStatus quota) {
		if (quota.limit() == null || quota.unlimited() || quota.limit() == 0) {
			return 0;
		}
		return Math.min(100, Math.round(quota.used() * 100.0 / quota.limit()));
	}

	/** Heatmap cell shade: 0 (none) to 1 (the busiest hour). */
	public String shade(long count, long max) {
		return (max == 0) ? "0" : String.format(Locale.ROOT, "%.2f", count / (double) max);
	}

	/** Monday first, as the heatmap's rows. */
	public String weekday(int index) {
		return DayOfWeek.of(index + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
	}

	public String label(String key) {
		return key.replace('_', ' ');
	}

}
