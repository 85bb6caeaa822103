package com.sidekickforge.monitor.report.html;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import com.sidekickforge.monitor.report.model.DisplayFormat;
import com.sidekickforge.monitor.report.model.TimelineEvent;

/**
 * The dashboard's activity timeline as HTML, written here rather than in the template: a page holds up to
 * {@code forge.reports.timeline-events} events with their facts, and a template expression per fact was the
 * largest part of a page's time after the charts. One line per event; every text escaped.
 */
final class TimelineHtml {

	private final DisplayFormat format;

	TimelineHtml(DisplayFormat format) {
		this.format = format;
	}

	/**
	 * @param severalClients the page shows more than one client: each event then names its client
	 */
	String events(List<TimelineEvent> timeline, boolean severalClients) {
		StringBuilder html = new StringBuilder(timeline.size() * 480);
		for (TimelineEvent event : timeline) {
			html.append("<li class=\"event\" data-ts=\"").append(this.format.millis(event.timestamp()))
				.append("\" data-type=\"");
			text(html, event.eventType());
			html.append('"');
			if (event.agentId() != null) {
				html.append(" data-agent=\"").append(event.agentId()).append('"');
			}
			html.append("><details><summary><time>").append(this.format.time(event.timestamp()))
				.append("</time><span class=\"what\">");
			text(html, event.description());
			html.append("</span><span class=\"who\">");
			text(html, event.agentName());
			if (severalClients && event.clientName() != null) {
				text(html, " · " + event.clientName());
			}
			html.append("</span></summary><dl>");
			for (Map.Entry<String, Object> fact : event.metadata().entrySet()) {
				html.append("<dt>");
				text(html, fact.getKey());
				html.append("</dt><dd>");
				text(html, fact.getValue());
				html.append("</dd>");
			}
			html.append("</dl></details></li>\n");
		}
		return html.toString();
	}

	private static void text(StringBuilder html, Object value) {
		if (value != null) {
			html.append(HtmlUtils.htmlEscape(value.toString(), "UTF-8"));
		}
	}

}
