package com.sidekickforge.monitor.report.html;

import java.util.List;
import java.util.Map;

import com.sidekickforge.monitor.report.model.ClientSummary;
import com.sidekickforge.monitor.report.model.MonitoringData;
import com.sidekickforge.monitor.report.model.SidekickStatus;

/**
 * What the dashboard template shows: the current period's data, a panel per embedded period (the period
 * selector switches among them without a server), the quota rings, sidekicks grouped by client, the
 * timeline and the JSON the page refreshes itself from when published.
 *
 * @param rings the three quota rings as inline SVG
 * @param sidekickGridHtml the sidekick grid's client groups ({@link SidekickGridHtml})
 * @param timelineHtml the timeline's events ({@link TimelineHtml}), newest first
 * @param dataJson the current period's data, safe to place inside a script element
 * @param published the page is served from a site and may reload its {@code data.json}
 * @param live set when {@code serve} renders the page: its sections then refresh themselves from the partial
 * endpoints; null for a snapshot file
 */
record DashboardPage(MonitoringData current, List<PeriodPanel> periods, List<String> rings, List<ClientGroup> groups,
		String sidekickGridHtml, String timelineHtml, List<String> eventTypes, Map<String, String> seriesColours, String asOfText,
		String dataJson, boolean published, boolean severalClients, LiveView live) {

	/**
	 * One embedded period.
	 *
	 * @param firstMillis the period's first instant (epoch ms), for filtering the timeline in the page
	 * @param endMillis the instant after its last day
	 * @param heatmap conversations by weekday and hour ({@link HtmlCharts}), like the SVG charts written once
	 * @param errorRateSparkline the error rate per day ({@link HtmlCharts})
	 */
	record PeriodPanel(String name, String shortLabel, long firstMillis, long endMillis, MonitoringData data,
			String trendSvg, String channelsSvg, String hoursSvg, String statusesSvg, long heatmapMax, String heatmap,
			String errorRateSparkline) {
	}

	/** A client's section of the sidekick grid (one section when the page is one client's). */
	record ClientGroup(ClientSummary client, List<SidekickStatus> sidekicks) {
	}

	/** The periods the selector offers: the embedded ones, or on the live page every named period. */
	public List<LiveView.Choice> periodChoices() {
		if (this.live != null) {
			PeriodPanel shown = this.periods.get(0);
			return this.live.periods()
				.stream()
				.map((c) -> c.selected() ? new LiveView.Choice(c.value(), shown.shortLabel(), true, shown.firstMillis(),
						shown.endMillis()) : c)
				.toList();
		}
		return this.periods.stream()
			.map((p) -> new LiveView.Choice(p.name(), p.shortLabel(), p == this.periods.get(0), p.firstMillis(), p.endMillis()))
			.toList();
	}

	/**
	 * The clients the client filter offers: on the live page every client in the scope (the server reads the chosen
	 * one's page); on a published site each client's own page beside this one, where every panel is that client's.
	 * A page of all clients does not embed each client's every figure again: a thousand clients' pages are already
	 * on the site, and embedding them would multiply this page by the number of clients.
	 */
	public List<LiveView.Choice> clientChoices() {
		if (this.live != null) {
			return this.live.clients();
		}
		return this.groups.stream()
			.map((g) -> new LiveView.Choice(g.client().reportPath(), g.client().clientName(), false, null, null))
			.toList();
	}

	/**
	 * Whether the client filter is shown: on the live page of several clients, and on a published site's page of
	 * several clients (a lone exported file has no client pages beside it to open).
	 */
	public boolean clientFilter() {
		return (this.live != null) ? this.live.clients().size() > 1 : (this.severalClients && this.published);
	}

	/**
	 * What the page may load: a snapshot nothing but itself (and its data.json once published); the live page also
	 * htmx and its partials from the server that sent it.
	 */
	public String contentSecurityPolicy() {
		return (this.live == null)
				? "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; connect-src 'self'"
				: "default-src 'none'; style-src 'unsafe-inline'; script-src 'self' 'unsafe-inline'; img-src data:; "
						+ "connect-src 'self'; form-action 'self'";
	}

	/** The live page's first answer: its refreshing sections are skeletons until their partials arrive. */
	public boolean skeleton() {
		return this.live != null && this.live.skeleton();
	}

}
