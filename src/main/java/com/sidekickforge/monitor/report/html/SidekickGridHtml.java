package com.sidekickforge.monitor.report.html;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

import com.sidekickforge.monitor.report.model.ClientSummary;
import com.sidekickforge.monitor.report.model.DisplayFormat;
import com.sidekickforge.monitor.report.model.SidekickStatus;

/**
 * The dashboard's sidekick grid as HTML: a group per client, a card per sidekick carrying what its detail dialog
 * shows. Written here rather than in the template: the page of all clients holds a card for every sidekick of every
 * client (five thousand for a thousand clients), and two dozen template expressions per card were most of that
 * page's time. Every text escaped; the same markup the template wrote.
 */
final class SidekickGridHtml {

	private final DisplayFormat format;

	SidekickGridHtml(DisplayFormat format) {
		this.format = format;
	}

	/** @param severalClients the page shows more than one client: groups start folded and name error rates */
	String groups(List<DashboardPage.ClientGroup> groups, boolean severalClients) {
		StringBuilder html = new StringBuilder(groups.size() * 2048);
		for (DashboardPage.ClientGroup group : groups) {
			ClientSummary client = group.client();
			html.append("<details class=\"client-group\"").append(severalClients ? "" : " open=\"open\"")
				.append(" data-client=\"").append(client.clientId()).append("\">\n<summary>\n<span class=\"client-name\">");
			text(html, client.clientName());
			html.append("</span>\n<span class=\"dot ");
			text(html, client.level().key());
			html.append("\"></span>\n<span class=\"aggregate\">");
			text(html, client.tier() + " · " + client.sidekicks() + " sidekicks, " + client.sidekicksOnline() + " online · "
					+ this.format.number(client.periodConversations()) + " conversations");
			html.append("</span>\n");
			if (client.activeWarnings() > 0) {
				html.append("<span class=\"badge small\">").append(client.activeWarnings())
					.append((client.activeWarnings() == 1) ? " warning" : " warnings").append("</span>\n");
			}
			if (severalClients && client.errorRatePercent() != null) {
				html.append("<span class=\"aggregate\">errors ").append(this.format.rate(client.errorRatePercent()))
					.append("</span>\n");
			}
			if (!client.databaseReachable()) {
				html.append("<span class=\"unreachable\">tenant database unreachable</span>\n");
			}
			html.append("</summary>\n");
			if (group.sidekicks().isEmpty()) {
				html.append("<p class=\"empty\">No sidekicks yet: create one in the Sidekick Forge admin.</p>\n");
			}
			html.append("<div class=\"sidekicks\">\n");
			for (SidekickStatus sidekick : group.sidekicks()) {
				card(html, sidekick);
			}
			html.append("</div>\n</details>\n");
		}
		return html.toString();
	}

	private void card(StringBuilder html, SidekickStatus s) {
		html.append("<article class=\"sidekick\" tabindex=\"0\"");
		attribute(html, "data-agent", s.agentId());
		attribute(html, "data-name", s.agentName());
		attribute(html, "data-client-name", s.clientName());
		attribute(html, "data-status", s.status());
		attribute(html, "data-last", this.format.time(s.lastActivity()));
		attribute(html, "data-conversations", s.periodConversations());
		attribute(html, "data-active", s.activeConversations());
		attribute(html, "data-voice", this.format.headline(s.voiceUsage()));
		attribute(html, "data-text", this.format.headline(s.textUsage()));
		attribute(html, "data-chunks", this.format.headline(s.embeddingUsage()));
		attribute(html, "data-url", s.detailsUrl());
		attribute(html, "data-actions",
				s.actions().stream().map((a) -> a.label() + "|" + a.url()).collect(Collectors.joining(" ;; ")));
		String name = (s.agentName() != null) ? s.agentName() : "";
		html.append(">\n<header>\n<span class=\"avatar\">");
		text(html, (name + "?").substring(0, Character.charCount((name + "?").codePointAt(0))));
		html.append("</span>\n<span class=\"name\">");
		text(html, s.agentName());
		html.append("</span>\n<span class=\"status ");
		text(html, s.status());
		html.append("\">");
		text(html, s.status());
		html.append("</span>\n</header>\n<div class=\"bars\">\n");
		bar(html, "voice", this.format.bar(s.voiceUsage()));
		bar(html, "text", this.format.bar(s.textUsage()));
		bar(html, "embeddings", this.format.bar(s.embeddingUsage()));
		html.append("</div>\n<p class=\"meta\"><span>").append(s.activeConversations())
			.append(" active</span> · last activity\n<span>").append(this.format.time(s.lastActivity()))
			.append("</span></p>\n<button type=\"button\" class=\"details-button\">View details</button>\n</article>\n");
	}

	private static void bar(StringBuilder html, String title, long width) {
		html.append("<div class=\"bar\" title=\"").append(title).append("\"><i style=\"width:").append(width)
			.append("%\"></i></div>\n");
	}

	/** Left out when there is no value or an empty one, as the template's attributes were. */
	private static void attribute(StringBuilder html, String name, Object value) {
		if (value != null && !value.toString().isEmpty()) {
			html.append(' ').append(name).append("=\"");
			text(html, value);
			html.append('"');
		}
	}

	private static void text(StringBuilder html, Object value) {
		if (value != null) {
			html.append(HtmlUtils.htmlEscape(value.toString(), "UTF-8"));
		}
	}

}
