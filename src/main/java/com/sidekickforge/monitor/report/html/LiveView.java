package com.sidekickforge.monitor.report.html;

import java.util.List;

/**
 * How {@code serve} shows the dashboard live: where the page's sections fetch themselves from, what the period and
 * client selectors offer, and whether this answer is the first (skeletons) or a section's refresh.
 *
 * @param partialsPath the path the section names are appended to ({@code /admin/partials/monitoring/})
 * @param query the page's query (period, client), passed on to every partial
 * @param htmxPath where the page loads htmx from (the jar's webjar)
 * @param periods every named period, the shown one selected
 * @param clients every client of the viewer's scope, the one shown (if any) selected
 * @param nonce the answer's script nonce (its Content-Security-Policy allows inline script carrying it only)
 */
public record LiveView(String partialsPath, String query, String htmxPath, List<Choice> periods,
		List<Choice> clients, boolean skeleton, String nonce) {

	/**
	 * An entry of the period or client selector.
	 *
	 * @param firstMillis for a period embedded in the page, its first instant (the timeline is filtered by it)
	 * @param endMillis ... and the instant after its last day
	 */
	public record Choice(String value, String label, boolean selected, Long firstMillis, Long endMillis) {
	}

	/** The URL a section refreshes from. */
	public String partial(String section) {
		return this.partialsPath + section + (this.query.isEmpty() ? "" : "?" + this.query);
	}

	/** The section's trigger: once at load while a skeleton, then every {@code seconds}. */
	public String trigger(int seconds) {
		return this.skeleton ? "load" : "every " + seconds + "s";
	}

	LiveView refreshed() {
		return new LiveView(this.partialsPath, this.query, this.htmxPath, this.periods, this.clients, false, this.nonce);
	}

}
