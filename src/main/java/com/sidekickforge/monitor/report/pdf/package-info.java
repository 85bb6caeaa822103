/**
 * The PDF summary: its sections, tables that break across pages with repeated headers, the page frame, the
 * embedded fonts and the charts drawn as vectors.
 */
package com.sidekickforge.monitor.report.pdf;
