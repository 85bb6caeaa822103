package com.sidekickforge.monitor.delivery;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sidekickforge.monitor.report.PublicationListener;
import com.sidekickforge.monitor.report.Published;
import com.sidekickforge.monitor.report.export.ExportFormat;

/**
 * What a {@code report.published} webhook says about a publication: names a receiver can use, relative to the
 * published output directory ({@code site/index.html}, {@code exports/summary-7d.pdf}), and their URLs when
 * {@code forge.publish.base-url} says where that directory is served. Never a path of the publishing host.
 *
 * @param baseUrl where the output directory is served from; null when it is not
 */
record PublishedFiles(URI baseUrl) {

	Map<String, Object> describe(Published published, PublicationListener.Request request) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("trigger", (request.schedule() != null) ? "schedule" : "manual");
		if (request.schedule() != null) {
			data.put("schedule", request.schedule());
		}
		data.put("period", published.period());
		data.put("as_of", published.asOf().toString());
		data.put("clients", published.clients());
		data.put("files", published.files());
		if (request.formats().contains(ExportFormat.HTML)) {
			data.put("dashboard", "site/index.html");
		}
		List<String> exports = new ArrayList<>();
		for (ExportFormat format : request.formats()) {
			if (format != ExportFormat.HTML) {
				exports.add("exports/" + format.fileName(published.period()));
			}
		}
		exports.add("exports/activity.json");
		data.put("exports", exports);
		data.put("client_exports", "exports/clients/<slug>/");
		if (this.baseUrl != null) {
			if (data.containsKey("dashboard")) {
				data.put("dashboard_url", url("site/index.html"));
			}
			data.put("export_urls", exports.stream().map(this::url).toList());
		}
		return data;
	}

	private String url(String relative) {
		String base = this.baseUrl.toString();
		return (base.endsWith("/") ? base : base + "/") + relative;
	}

}
