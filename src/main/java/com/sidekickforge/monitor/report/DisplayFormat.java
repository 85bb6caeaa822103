package com.sidekickforge.monitor.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.sidekickforge.monitor.quota.QuotaMetric;

/**
 * How the dashboard writes numbers, quotas, trends and times for people; the template calls it, so a designer
 * never formats by hand. Voice is shown in minutes.
 */
public final class DisplayFormat {

	private final DateTimeFormatter time;

	DisplayFormat(ZoneId zone) {
		this.time = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(zone);
	}

	public String title(String metric) {
		return switch (QuotaMetric.ofKey(metric)) {
			case VOICE_SECONDS -> "Voice minutes";
			case TEXT_MESSAGES -> "Text messages";
			case EMBEDDING_CHUNKS -> "Embedding chunks";
		};
	}

	/** "524 / 600 minutes", "1,153 / 2,000 messages", "3,000 minutes, unlimited" or for several clients "3,000 minutes". */
	public String headline(QuotaStatus quota) {
		QuotaMetric metric = QuotaMetric.ofKey(quota.metric());
		if (quota.limit() == null) {
			return amount(quota.metric(), quota.used()) + " in all";
		}
		if (quota.unlimited()) {
			return amount(quota.metric(), quota.used()) + ", unlimited";
		}
		return String.format(Locale.ROOT, "%,d / %,d %s", metric.shown(quota.used()), metric.shown(quota.limit()),
				metric.unit());
	}

	public String amount(String metric, long amount) {
		QuotaMetric quota = QuotaMetric.ofKey(metric);
		return String.format(Locale.ROOT, "%,d %s", quota.shown(amount), quota.unit());
	}

	public String number(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	public String decimal(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** "↑ 12.5 %" against the previous period; "new" when there was nothing before. */
	public String trend(Trend trend) {
		if (trend == null || trend.direction() == null) {
			return "";
		}
		String arrow = switch (trend.direction()) {
			case "up" -> "\u2191";
			case "down" -> "\u2193";
			default -> "\u2192";
		};
		return (trend.changePercent() == null) ? arrow + " new"
				: String.format(Locale.ROOT, "%s %.1f %%", arrow, Math.abs(trend.changePercent()));
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
		return java.time.DayOfWeek.of(index + 1).getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
	}

	public String label(String key) {
		return key.replace('_', ' ');
	}

}
