/**
 * Unusual days: a sidekick's use of a metric on one day against its own trailing four weeks, scored robustly
 * (median and median absolute deviation), by kind of day where its weeks have a rhythm. Pure arithmetic: the
 * alerts decide what to announce.
 */
package com.sidekickforge.monitor.anomaly;
