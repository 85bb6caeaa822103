package com.sidekickforge.monitor.report.html;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

import com.sidekickforge.monitor.report.model.DisplayFormat;
import com.sidekickforge.monitor.report.model.HealthSummary;

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

	/**
	 * A table of weekdays (Monday first) by hours; each cell with conversations shaded by its count and carrying it
	 * as {@code data-n}. The page's script names each cell from its row and column ("Mon 9:00 to 10:00: 3
	 * conversations") for the tip and screen readers: written here, the same words on 840 cells were a sixth of a
	 * page.
	 */
	String heatmap(List<List<Long>> heatmap, long max) {
		StringBuilder html = new StringBuilder(4 * 1024);
		html.append("<table class=\"heatmap\" aria-label=\"Conversations by weekday and hour\">\n<tr><th></th>");
		for (int hour = 0; hour < 24; hour++) {
			html.append("<th>").append(hour).append("</th>");
		}
		html.append("</tr>\n");
		for (int weekday = 0; weekday < heatmap.size(); weekday++) {
			html.append("<tr><th>").append(this.format.weekday(weekday)).append("</th>");
			for (long count : heatmap.get(weekday)) {
				if (count > 0) { // the style sheet shades a cell without one as none
					html.append("<td data-n=\"").append(this.format.number(count)).append("\" style=\"--shade:")
						.append(this.format.shade(count, max)).append("\"></td>");
				}
				else {
					html.append("<td></td>");
				}
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
