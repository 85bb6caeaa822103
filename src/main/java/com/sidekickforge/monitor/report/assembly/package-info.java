/**
 * Turns the facts read for a run into one scope's and one period's model: quotas, comparisons, health, sidekick
 * cards, timeline and the mail's headline figures, computed once for every output.
 */
package com.sidekickforge.monitor.report.assembly;
