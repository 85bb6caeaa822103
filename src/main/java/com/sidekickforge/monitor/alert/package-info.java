/**
 * Quota alerts: the {@code quota-alerts} job evaluates every quota against its thresholds; the alert ledger's
 * primary key makes each (client, metric, period, threshold) crossing announced exactly once, with its
 * notice, activity event and outbox messages written in the same transaction.
 */
package com.sidekickforge.monitor.alert;
