package com.sidekickforge.monitor.report;

import java.util.List;
import java.util.Map;

/**
 * What the dashboard template shows: the current period's data, a panel per embedded period (the period
 * selector switches among them without a server), the quota rings, sidekicks grouped by client, the
 * timeline and the JSON the page refreshes itself from when published.
 *
 * @param rings the three quota rings as inline SVG
 * @param dataJson the current period's data, safe to place inside a script element
 * @param published the page is served from a site and may reload its {@code data.json}
 */
record DashboardPage(MonitoringData current, List<PeriodPanel> periods, List<String> rings, List<ClientGroup> groups,
		List<TimelineEvent> timeline, List<String> eventTypes, Map<String, String> seriesColours, String asOfText,
		String dataJson, boolean published, boolean severalClients) {

	/**
	 * One embedded period.
	 *
	 * @param firstMillis the period's first instant (epoch ms), for filtering the timeline in the page
	 * @param endMillis the instant after its last day
	 */
	record PeriodPanel(String name, String label, long firstMillis, long endMillis, MonitoringData data,
			String trendSvg, String channelsSvg, String hoursSvg, long heatmapMax) {
	}

	/** A client's section of the sidekick grid (one section when the page is one client's). */
	record ClientGroup(ClientSummary client, List<SidekickStatus> sidekicks) {
	}

}
