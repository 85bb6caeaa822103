package com.sidekickforge.monitor.chart;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;

import com.sidekickforge.monitor.report.model.DailyUsage;
import com.sidekickforge.monitor.report.model.MonitoringData;
import com.sidekickforge.monitor.report.model.QuotaStatus;

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
		if (quota.limit() == null) {
			return QuotaRingChart.levels(quota.clientsByLevel(), "clients over 80 %", this.theme);
		}
		return QuotaRingChart.of(quota, this.theme);
	}

	/** Conversations by channel, as a donut: each channel's share of the whole, its count and percent named. */
	public JFreeChart channels(MonitoringData data) {
		return ShareChart.of(data.conversationsByChannel(), "conversations", this.theme);
	}

	/** Conversations by status (active, ended, ...), as horizontal bars. */
	public JFreeChart statuses(MonitoringData data) {
		return BarChart.of(data.conversationsByStatus(), "conversations", true, this.theme);
	}

	/** Conversations by hour of day (the report's zone), 0 to 23. */
	public JFreeChart hours(MonitoringData data) {
		Map<String, Long> hours = new LinkedHashMap<>();
		for (int hour = 0; hour < 24; hour++) {
			hours.put(Integer.toString(hour), data.conversations().byHour().get(hour));
		}
		return BarChart.of(hours, "conversations", false, this.theme);
	}

	public JFreeChart trend(MonitoringData data) {
		return trend(data.dailyUsage(), data.bucket());
	}

	/** The period's usage per bucket (day, week or month) as lines: voice minutes, text messages, chunks. */
	public JFreeChart trend(List<DailyUsage> days, String bucket) {
		DateTimeFormatter label = "month".equals(bucket) ? DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH)
				: DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
		// In the units people read, as the tables beside the chart show them.
		Map<String, double[]> series = new LinkedHashMap<>();
		series.put("Voice minutes", days.stream().mapToDouble(DailyUsage::voiceMinutes).toArray());
		series.put("Text messages", days.stream().mapToDouble(DailyUsage::textMessages).toArray());
		series.put("Embedding chunks", days.stream().mapToDouble(DailyUsage::embeddingChunks).toArray());
		return UsageTrendChart.of(days.stream().map((d) -> d.date().format(label)).toList(), series, this.theme);
	}

}
