package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A client's counter that disagrees with what the events show for a billing period, beyond the
 * tolerance: the product stopped counting (or counted twice) somewhere.
 */
public record TrackingGap(UUID clientId, String metric, LocalDate periodStart, LocalDate checkedThrough,
		long counterTotal, long eventTotal) {

	/**
	 * The gaps between counters and events: a difference larger than {@code percent} of the larger of the
	 * two and at least {@code minimum} units.
	 */
	static List<TrackingGap> between(UUID clientId, LocalDate periodStart, LocalDate checkedThrough, Counters counters,
			Counters events, double percent, long minimum) {
		List<TrackingGap> gaps = new ArrayList<>();
		check(gaps, clientId, "voice_seconds", periodStart, checkedThrough, counters.voiceSeconds(),
				events.voiceSeconds(), percent, minimum);
		check(gaps, clientId, "text_messages", periodStart, checkedThrough, counters.textMessages(),
				events.textMessages(), percent, minimum);
		check(gaps, clientId, "embedding_chunks", periodStart, checkedThrough, counters.embeddingChunks(),
				events.embeddingChunks(), percent, minimum);
		return gaps;
	}

	private static void check(List<TrackingGap> gaps, UUID clientId, String metric, LocalDate periodStart,
			LocalDate through, long counter, long events, double percent, long minimum) {
		long difference = Math.abs(counter - events);
		if (difference > minimum && difference > Math.max(counter, events) * percent / 100.0) {
			gaps.add(new TrackingGap(clientId, metric, periodStart, through, counter, events));
		}
	}

}
