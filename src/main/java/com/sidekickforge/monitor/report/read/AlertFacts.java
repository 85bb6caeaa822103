package com.sidekickforge.monitor.report.read;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sidekickforge.monitor.report.model.AlertItem;
import com.sidekickforge.monitor.report.model.DeadLetter;
import com.sidekickforge.monitor.report.model.DisabledWebhook;
import com.sidekickforge.monitor.report.model.GapItem;

/**
 * What the alert ledgers, the outbox and the reconciliation say over a report's range.
 *
 * @param alerts quota notices and early warnings of the range, newest first
 * @param activeWarnings per client: quotas of the billing period with a threshold alert not recovered or a projected
 * exhaustion, and unusual days of the day last judged
 */
public record AlertFacts(List<AlertItem> alerts, List<DeadLetter> deadLetters, Map<UUID, Integer> activeWarnings,
		List<GapItem> gaps, List<DisabledWebhook> disabledWebhooks) {
}
