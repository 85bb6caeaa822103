package com.sidekickforge.monitor.report.read;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance for each equal value a reader meets again and again (an agent's id on each of its rows, a day, an
 * activity type): a run keeps every client's rows for its whole length, and the driver gives a new object per
 * row. For one reader on one thread.
 */
final class Canonical {

	private final Map<Object, Object> seen = new HashMap<>();

	@SuppressWarnings("unchecked")
	<T> T of(T value) {
		return (value == null) ? null : (T) this.seen.computeIfAbsent(value, (v) -> v);
	}

}
