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
	 * @param deliver whether the reports are mailed, published or both
	 * @param scope whose reports are mailed: the all-clients report, each client's or both
	 * @param recipients addresses the schedule itself lists
	 */
	record Request(String schedule, Set<ExportFormat> formats, ReportParameters.Delivery deliver,
			ReportParameters.MailScope scope, List<String> recipients) {
	}

	void published(Published published, Request request);

}
