/**
 * The published output directory on disk: {@code site/} and {@code exports/} of one publication switched in
 * together, by one rename, and the earlier generations kept as history. Knows files, not reports.
 */
package com.sidekickforge.monitor.publication;
