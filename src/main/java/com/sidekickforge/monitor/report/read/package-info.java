/**
 * The report's readers: the store's usage, alerts, activity and health, and the source databases' clients and
 * conversations, read once per run into a {@code ReportDataset} of facts for every client.
 */
package com.sidekickforge.monitor.report.read;
