package com.sidekickforge.monitor.source;

import java.util.UUID;

/** One {@code agent_usage} row's counters. */
public record CounterRow(UUID clientId, UUID agentId, long voiceSeconds, long textMessages, long embeddingChunks) {
}
