package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.util.UUID;

/** A sidekick's counters as snapshot for a day. */
record SnapshotReading(UUID agentId, LocalDate date, Counters counters) {
}
