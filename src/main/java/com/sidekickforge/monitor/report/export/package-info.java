/**
 * The machine-readable exports: the daily usage CSV and the conversations export, and which formats a run writes
 * (file names are contracts, DESIGN.md section 5).
 */
package com.sidekickforge.monitor.report.export;
