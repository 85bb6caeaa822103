/**
 * The daily rollup: snapshots of the usage counters, event-derived daily sums, daily usage per client,
 * sidekick and metric, conversation statistics, and tracking gaps between counters and events.
 */
package com.sidekickforge.monitor.rollup;
