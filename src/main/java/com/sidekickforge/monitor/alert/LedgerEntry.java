package com.sidekickforge.monitor.alert;

/**
 * A threshold of a quota announced in a billing period.
 *
 * @param recovered whether the quota has since fallen back below it (announced once too)
 */
record LedgerEntry(int threshold, boolean recovered) {
}
