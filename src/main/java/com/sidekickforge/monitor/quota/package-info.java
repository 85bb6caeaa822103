/**
 * Quotas: per client and metric, what the billing period's {@code agent_usage} counters say was used against
 * the tier's limit (0 = unlimited), the level, when the current pace reaches the limit, and the words every
 * output uses for a warning ahead of the thresholds.
 */
package com.sidekickforge.monitor.quota;
