package com.sidekickforge.monitor.report.read;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sidekickforge.monitor.report.model.AlertItem;
import com.sidekickforge.monitor.report.model.DeadLetter;
import com.sidekickforge.monitor.report.model.DisabledWebhook;
import com.sidekickforge.monitor.report.model.GapItem;

/**
 * What the alert ledger, the outbox and the reconciliation say over a report's range.
 *
 * @param activeWarnings per client, quotas of the billing period with an alert not recovered
 */
public record AlertFacts(List<AlertItem> notices, List<DeadLetter> deadLetters, Map<UUID, Integer> activeWarnings,
		List<GapItem> gaps, List<DisabledWebhook> disabledWebhooks) {
}
