package com.sidekickforge.monitor.report;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;

import com.sidekickforge.monitor.chart.BarChart;
import com.sidekickforge.monitor.chart.ChartTheme;
import com.sidekickforge.monitor.chart.QuotaRingChart;
import com.sidekickforge.monitor.chart.ShareChart;
import com.sidekickforge.monitor.chart.UsageTrendChart;
import com.sidekickforge.monitor.quota.Quota;
import com.sidekickforge.monitor.quota.QuotaMetric;

/**
 * The report's charts from its data, in one theme: the same code for the PDF (light, vectors) and the dashboard
 * (dark, SVG), so both show the same chart.
 */
public final class ReportCharts {

	private final ChartTheme theme;

	public ReportCharts(ChartTheme theme) {
		this.theme = theme;
	}

	/** A client's quota ring, or for several clients the ring of their levels. */
	public JFreeChart ring(QuotaStatus quota) {
		QuotaMetric metric = QuotaMetric.ofKey(quota.metric());
		if (quota.limit() == null) {
			return QuotaRingChart.levels(quota.clientsByLevel(), "clients over 80 %", this.theme);
		}
		return QuotaRingChart.of(new Quota(metric, quota.used(), quota.limit()), this.theme);
	}

	/** Conversations by channel, as a donut: each channel's share of the whole, its count and percent named. */
	JFreeChart channels(MonitoringData data) {
		return ShareChart.of(data.conversationsByChannel(), "conversations", this.theme);
	}

	/** Conversations by status (active, ended, ...), as horizontal bars. */
	JFreeChart statuses(MonitoringData data) {
		return BarChart.of(data.conversationsByStatus(), "conversations", true, this.theme);
	}

	/** Conversations by hour of day (the report's zone), 0 to 23. */
	JFreeChart hours(MonitoringData data) {
		Map<String, Long> hours = new LinkedHashMap<>();
		for (int hour = 0; hour < 24; hour++) {
			hours.put(Integer.toString(hour), data.conversations().byHour().get(hour));
		}
		return BarChart.of(hours, "conversations", false, this.theme);
	}

	JFreeChart trend(MonitoringData data) {
		return trend(data.dailyUsage(), data.bucket());
	}

	/** The period's usage per bucket (day, week or month) as lines: voice minutes, text messages, chunks. */
	public JFreeChart trend(List<DailyUsage> days, String bucket) {
		DateTimeFormatter label = "month".equals(bucket) ? DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH)
				: DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
		long[] voice = days.stream().mapToLong(DailyUsage::voiceSeconds).toArray();
		long[] text = days.stream().mapToLong(DailyUsage::textMessages).toArray();
		long[] chunks = days.stream().mapToLong(DailyUsage::embeddingChunks).toArray();
		return UsageTrendChart.of(days.stream().map((d) -> d.date().format(label)).toList(),
				UsageTrendChart.usageSeries(voice, text, chunks), this.theme);
	}

}
