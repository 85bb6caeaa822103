package com.sidekickforge.monitor.report.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.model.ReportScope;
import com.sidekickforge.monitor.report.read.ClientActivity;
import com.sidekickforge.monitor.report.read.ClientFacts;
import com.sidekickforge.monitor.report.read.ReportDataset;

/**
 * {@code usage-<period>.csv}: RFC 4180, UTF-8, a header row, one row per client, sidekick and day of the period
 * with ISO dates. Text cells a spreadsheet would run as a formula are neutralised; numbers stay numbers.
 */
public final class UsageCsv {

	static final String[] HEADER = { "date", "client_id", "client_name", "client_slug", "tier", "sidekick_id",
			"sidekick_name", "voice_seconds", "voice_minutes", "text_messages", "embedding_chunks", "conversations",
			"messages", "estimated" };

	private UsageCsv() {
	}

	public static void write(ReportDataset data, ReportScope scope, ReportPeriod period, Writer out) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
		try {
			// Flushed, not closed: the caller owns the stream (it may be standard output).
			CSVPrinter csv = new CSVPrinter(out, format);
			for (ClientFacts client : data.clients()) {
				if (scope.includes(client.id())) {
					rows(client, data.activityOf(client.id()), period, csv);
				}
			}
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void rows(ClientFacts client, ClientActivity activity, ReportPeriod period, CSVPrinter csv)
			throws IOException {
		// (day, sidekick) -> voice, text, chunks, conversations, messages, estimated
		TreeMap<LocalDate, Map<UUID, long[]>> days = new TreeMap<>();
		for (ClientActivity.UsageRow row : activity.usage) {
			if (period.contains(row.day())) {
				long[] sums = cell(days, row.day(), row.agentId());
				sums[0] += row.voiceSeconds();
				sums[1] += row.textMessages();
				sums[2] += row.embeddingChunks();
				sums[5] |= row.estimated() ? 1 : 0;
			}
		}
		for (ClientActivity.ConversationRow row : activity.conversations) {
			if (period.contains(row.day())) {
				long[] sums = cell(days, row.day(), row.agentId());
				sums[3] += row.conversations();
				sums[4] += row.messages();
			}
		}
		Map<UUID, String> names = new HashMap<>();
		client.sidekicks().forEach((s) -> names.put(s.agentId(), s.name()));
		for (var day : days.entrySet()) {
			List<Map.Entry<UUID, long[]>> sidekicks = day.getValue().entrySet().stream()
				.sorted(Map.Entry.comparingByKey())
				.toList();
			for (var sidekick : sidekicks) {
				long[] s = sidekick.getValue();
				csv.printRecord(day.getKey().toString(), client.id().toString(), safe(client.identity().name()),
						client.identity().slug(), safe(client.identity().tier()), sidekick.getKey().toString(),
						safe(names.getOrDefault(sidekick.getKey(), "")), s[0], minutes(s[0]), s[1], s[2], s[3], s[4],
						s[5] > 0);
			}
		}
	}

	/**
	 * Voice seconds as decimal minutes (two places, half up), so that a column a person sums adds up to the
	 * minutes shown elsewhere; {@code voice_seconds} beside it is exact.
	 */
	static BigDecimal minutes(long seconds) {
		return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 2,
				RoundingMode.HALF_UP);
	}

	private static long[] cell(TreeMap<LocalDate, Map<UUID, long[]>> days, LocalDate day, UUID agent) {
		return days.computeIfAbsent(day, (d) -> new HashMap<>()).computeIfAbsent(agent, (a) -> new long[6]);
	}

	/**
	 * A text cell that starts like a formula ({@code = + - @}, tab or carriage return) gets a leading apostrophe,
	 * which spreadsheets show as text (OWASP's advice on CSV injection).
	 */
	static String safe(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}

}
