package com.sidekickforge.monitor.report;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * The dashboard's charts made of HTML elements (the heatmap of conversations by weekday and hour, the error-rate
 * sparkline), written here like the SVG charts rather than in the template: a page holds five periods of each, up to
 * 840 heatmap cells and 400 days, and a template expression per cell was most of the time a page took to write.
 * The texts are {@link DisplayFormat}'s, as everywhere else.
 */
final class HtmlCharts {

	private final DisplayFormat format;

	HtmlCharts(DisplayFormat format) {
		this.format = format;
	}

	/** A table of weekdays (Monday first) by hours; each cell shaded by its count and labelled with it. */
	String heatmap(List<List<Long>> heatmap, long max) {
		StringBuilder html = new StringBuilder(16 * 1024);
		html.append("<table class=\"heatmap\" aria-label=\"Conversations by weekday and hour\">\n<tr><th></th>");
		for (int hour = 0; hour < 24; hour++) {
			html.append("<th>").append(hour).append("</th>");
		}
		html.append("</tr>\n");
		for (int weekday = 0; weekday < heatmap.size(); weekday++) {
			String day = this.format.weekday(weekday);
			html.append("<tr><th>").append(day).append("</th>");
			List<Long> row = heatmap.get(weekday);
			for (int hour = 0; hour < row.size(); hour++) {
				long count = row.get(hour);
				html.append("<td aria-label=\"").append(day).append(' ').append(hour).append(":00 to ").append(hour + 1)
					.append(":00: ").append(this.format.number(count)).append((count == 1) ? " conversation" : " conversations")
					.append('"');
				if (count > 0) { // the style sheet shades a cell without one as none
					html.append(" style=\"--shade:").append(this.format.shade(count, max)).append('"');
				}
				html.append("></td>");
			}
			html.append("</tr>\n");
		}
		return html.append("</table>").toString();
	}

	/** One bar per day, its height the day's error rate (20 % and more fill it), its tip the rate in words. */
	String errorRateSparkline(List<HealthSummary.ErrorRateDay> days) {
		StringBuilder html = new StringBuilder(days.size() * 80);
		html.append("<div class=\"sparkline\" role=\"img\" aria-label=\"Error rate per day\">");
		for (HealthSummary.ErrorRateDay day : days) {
			Double percent = day.percent();
			String tip = this.format.bucket(day.date(), "day") + ": "
					+ ((percent != null) ? "error rate " + this.format.rate(percent) : "no actions");
			double height = (percent == null) ? 0 : Math.min(100, percent * 5);
			html.append("<i data-tip=\"").append(HtmlUtils.htmlEscape(tip, "UTF-8")).append("\" style=\"--h:")
				.append(String.format(Locale.ROOT, "%.1f", height)).append("%\"></i>");
		}
		return html.append("</div>").toString();
	}

}
