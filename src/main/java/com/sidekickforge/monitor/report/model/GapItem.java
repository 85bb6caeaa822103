package com.sidekickforge.monitor.report.model;

import java.time.LocalDate;
import java.util.UUID;

/** Counters and events of a client's metric that disagree beyond the tolerance (a tracking gap). */
public record GapItem(UUID clientId, String clientName, String metric, LocalDate periodStart,
		LocalDate checkedThrough, long counterTotal, long eventTotal) {
}
