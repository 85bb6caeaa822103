package com.sidekickforge.monitor.report;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the alert ledger, the outbox and the reconciliation say over a report's range.
 *
 * @param activeWarnings per client, quotas of the billing period with an alert not recovered
 */
record AlertFacts(List<AlertItem> notices, List<DeadLetter> deadLetters, Map<UUID, Integer> activeWarnings,
		List<GapItem> gaps, List<DisabledWebhook> disabledWebhooks) {
}
