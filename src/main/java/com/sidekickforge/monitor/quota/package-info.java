/**
 * Quotas: per client and metric, what the billing period's {@code agent_usage} counters say was used against
 * the tier's limit (0 = unlimited), the level, and when the current pace reaches the limit.
 */
package com.sidekickforge.monitor.quota;
