package com.sidekickforge.monitor.report;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What a publication wrote.
 *
 * @param exports where the files of all clients are; each client's under {@code clients/<slug>/}
 * @param run the publication's run (its mails' headlines, {@code ReportHeadlines}, are kept under it)
 */
public record Published(Path exports, int clients, long files, Instant asOf, String period, String run) {
}
