package com.sidekickforge.monitor.sampledata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The {@code agent_usage} counters of one client, incremented as the product does (by the month of each
 * event, in the billing zone) and written as one row per sidekick and month.
 */
final class UsageCounters {

	/** One row being counted. */
	private static final class Row {

		long voiceSeconds;

		long textMessages;

		long chunks;

		int sessions;

		long llmInput;

		long llmOutput;

		long ttsCharacters;

		int images;

		Instant first;

		Instant last;

		Instant lastSession;

		void touch(Instant at) {
			if (this.first == null || at.isBefore(this.first)) {
				this.first = at;
			}
			if (this.last == null || at.isAfter(this.last)) {
				this.last = at;
			}
		}

	}

	private final ZoneId zone;

	private final Map<YearMonth, Map<UUID, Row>> months = new HashMap<>();

	UsageCounters(ZoneId zone) {
		this.zone = zone;
	}

	void voice(Sidekick sidekick, int seconds, int turns, Instant end) {
		Row row = row(sidekick, end);
		row.voiceSeconds += seconds;
		row.ttsCharacters += seconds * 14L;
		llm(row, turns);
		session(row, end);
	}

	void textMessage(Sidekick sidekick, Instant at) {
		Row row = row(sidekick, at);
		row.textMessages++;
		llm(row, 1);
	}

	void textSession(Sidekick sidekick, Instant at) {
		session(row(sidekick, at), at);
	}

	void chunks(Sidekick sidekick, int count, Instant at) {
		row(sidekick, at).chunks += count;
	}

	void image(Sidekick sidekick, Instant at) {
		row(sidekick, at).images++;
	}

	/** Writes one row per sidekick and month, limits copied from the tier as the product does. */
	void writeAll(ClientRows rows, TierQuota quota, boolean chunkCounterStuck, SplittableRandom random) {
		for (YearMonth month : new TreeMap<>(this.months).keySet()) {
			for (Map.Entry<UUID, Row> entry : new TreeMap<>(this.months.get(month)).entrySet()) {
				Row row = entry.getValue();
				BigDecimal imageCost = BigDecimal.valueOf(row.images * 0.04).setScale(6, RoundingMode.HALF_UP);
				rows.platform(SourceTable.AGENT_USAGE, Ids.uuid(random), rows.client().id(), entry.getKey(),
						month.atDay(1), (int) row.voiceSeconds, quota.voiceSecondsPerMonth(), (int) row.textMessages,
						quota.textMessagesPerMonth(), chunkCounterStuck ? 0 : (int) row.chunks,
						quota.embeddingChunksPerMonth(), imageCost, row.images, row.llmInput, row.llmOutput,
						row.ttsCharacters, row.sessions, row.lastSession, row.first, row.last);
			}
		}
	}

	private Row row(Sidekick sidekick, Instant at) {
		YearMonth month = YearMonth.from(at.atZone(this.zone));
		Row row = this.months.computeIfAbsent(month, (m) -> new HashMap<>()).computeIfAbsent(sidekick.id(),
				(id) -> new Row());
		row.touch(at);
		return row;
	}

	private static void llm(Row row, int turns) {
		row.llmInput += turns * 850L;
		row.llmOutput += turns * 160L;
	}

	private static void session(Row row, Instant at) {
		row.sessions++;
		if (row.lastSession == null || at.isAfter(row.lastSession)) {
			row.lastSession = at;
		}
	}

}
