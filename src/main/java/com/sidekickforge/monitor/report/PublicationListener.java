package com.sidekickforge.monitor.report;

import java.util.List;
import java.util.Set;

import com.sidekickforge.monitor.report.export.ExportFormat;

/**
 * Told when the {@code report} job has published (delivery by mail listens here, so the report package knows
 * nothing of recipients' mailboxes).
 */
public interface PublicationListener {

	/**
	 * What the run was asked to do besides publishing.
	 *
	 * @param schedule the schedule that ran it (its name in recipients' {@code reports}); null when run by hand
	 * without one
	 * @param deliver {@code email}, {@code publish} or {@code both}
	 * @param scope {@code admin} (the all-clients report), {@code clients} (each client's) or {@code all}
	 * @param recipients addresses the schedule itself lists
	 */
	record Request(String schedule, Set<ExportFormat> formats, String deliver, String scope, List<String> recipients) {
	}

	void published(ReportService.Published published, Request request);

}
