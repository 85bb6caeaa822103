package com.sidekickforge.monitor.sampledata;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Documents uploaded to sidekicks' knowledge bases and split into chunks; a few fail to process. The
 * chunks are what the embedding quota counts.
 */
final class KnowledgeBase {

	private KnowledgeBase() {
	}

	/**
	 * Uploads documents on working days until the chunk budget is spent (a document is cut to what is left); on
	 * the last day of a month's plan whatever is left goes into one more document, so that the month reaches its
	 * plan. A document that fails to process is uploaded again, fixed, later: its chunks go back to the budget, so a
	 * failure moves chunks to a later day rather than losing a month's share.
	 */
	static void day(ClientContext context, LocalDate day, DayBudget budget, boolean lastDayOfPlan) {
		var random = context.random();
		boolean workday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
		if (!lastDayOfPlan && !workday) {
			return;
		}
		double failedToday = 0;
		while (budget.chunks >= 1) {
			int size = 8 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 70);
			if (size > budget.chunks && budget.chunks < 8 && !lastDayOfPlan) {
				break;
			}
			// A document larger than what is left is a smaller one today: waiting for a budget it fits would pile
			// the month's chunks up at its end.
			size = (int) Math.min(size, Math.floor(budget.chunks));
			budget.chunks -= size;
			Instant uploaded = ActivityCalendar.momentOf(day, context.client().localZone(), random);
			Sidekick sidekick = context.sidekicks().pick(uploaded, random);
			if (sidekick != null && context.rows().visible(uploaded) && !document(context, sidekick, uploaded, size)) {
				failedToday += size;
			}
		}
		budget.chunks += failedToday;
	}

	/** @return false when the document failed to process */
	private static boolean document(ClientContext context, Sidekick sidekick, Instant uploaded, int chunks) {
		var random = context.random();
		ClientRows rows = context.rows();
		long id = (context.client().index() + 1L) * 10_000_000L + context.nextDocumentNumber();
		String title = Phrases.documentTitle(random) + ((random.nextBoolean()) ? ".pdf" : ".docx");
		long fileSize = chunks * (1_800L + random.nextInt(900));
		Instant processed = uploaded.plusSeconds(20 + random.nextInt(300));
		rows.activity("document_uploaded", "upload", sidekick, null, "document", Long.toString(id), title,
				JsonText.object("file_size", fileSize), "success", null, uploaded);
		boolean failed = random.nextInt(16) == 0;
		if (failed || !rows.visible(processed)) {
			rows.document(id, sidekick, title, fileSize, failed ? "failed" : "processing", 0, uploaded,
					failed ? processed : uploaded);
			if (failed) {
				rows.activity("document_processed", "process", sidekick, null, "document", Long.toString(id), title,
						JsonText.object("chunks", 0), "failed", "Could not extract text: the file is encrypted",
						processed);
			}
			return !failed;
		}
		rows.document(id, sidekick, title, fileSize, "completed", chunks, uploaded, processed);
		for (int i = 0; i < chunks; i++) {
			rows.chunk(id, i, Phrases.chunk(random), processed.plusMillis(i * 15L));
		}
		rows.activity("document_processed", "process", sidekick, null, "document", Long.toString(id), title,
				JsonText.object("chunks", chunks), "success", null, processed);
		context.counters().chunks(sidekick, chunks, processed);
		return true;
	}

}
