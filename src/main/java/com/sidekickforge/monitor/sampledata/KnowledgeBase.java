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
	 * Uploads documents on some working days until the chunk budget is spent; on the last day of a month's
	 * plan whatever is left goes into one more document, so that the month reaches its plan.
	 */
	static void day(ClientContext context, LocalDate day, DayBudget budget, boolean lastDayOfPlan) {
		var random = context.random();
		boolean workday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
		if (!lastDayOfPlan && !(workday && random.nextInt(3) == 0)) {
			return;
		}
		while (budget.chunks >= 1) {
			int size = 8 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 70);
			if (size > budget.chunks && !lastDayOfPlan) {
				return;
			}
			size = (int) Math.min(size, Math.floor(budget.chunks));
			budget.chunks -= size;
			Instant uploaded = ActivityCalendar.momentOf(day, context.client().localZone(), random);
			Sidekick sidekick = context.sidekicks().pick(uploaded, random);
			if (sidekick != null && context.rows().visible(uploaded)) {
				document(context, sidekick, uploaded, size);
			}
		}
	}

	private static void document(ClientContext context, Sidekick sidekick, Instant uploaded, int chunks) {
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
			return;
		}
		rows.document(id, sidekick, title, fileSize, "completed", chunks, uploaded, processed);
		for (int i = 0; i < chunks; i++) {
			rows.chunk(id, i, Phrases.chunk(random), processed.plusMillis(i * 15L));
		}
		rows.activity("document_processed", "process", sidekick, null, "document", Long.toString(id), title,
				JsonText.object("chunks", chunks), "success", null, processed);
		context.counters().chunks(sidekick, chunks, processed);
	}

}
