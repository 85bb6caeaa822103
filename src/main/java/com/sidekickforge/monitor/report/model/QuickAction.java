package com.sidekickforge.monitor.report.model;

/**
 * A link into the Sidekick Forge admin where a person can act on what the report shows.
 *
 * @param kind {@code pause_sidekick}, {@code resume_sidekick}, {@code upgrade_tier},
 * {@code clear_archived_conversations}, {@code refresh_knowledge_base}
 */
public record QuickAction(String kind, String label, String url) {
}
