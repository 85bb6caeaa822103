/**
 * Reports: one recipient scope and one period turned into {@link com.sidekickforge.monitor.report.MonitoringData},
 * read once for all clients from the store and the source databases, then written as JSON, CSV, PDF and HTML.
 */
package com.sidekickforge.monitor.report;
