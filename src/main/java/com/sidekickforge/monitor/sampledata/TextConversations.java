package com.sidekickforge.monitor.sampledata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Typed conversations on the text, e-mail and Telegram channels: a conversation with user and assistant
 * messages, start and end activity, sometimes an ability run or a {@code text-} LiveKit room.
 */
final class TextConversations {

	private static final String[] CHANNELS = { "text", "text", "text", "text", "text", "email", "telegram",
			"telegram" };

	private TextConversations() {
	}

	/** Conversations until the day's budget is spent; like calls, a long one may wait for a later day. */
	static void day(ClientContext context, LocalDate day, DayBudget budget, boolean lastDayOfPlan) {
		var random = context.random();
		while (budget.textMessages >= 1) {
			// 1 to 12 messages a conversation, about four on average.
			int messages = Math.min(12, 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 3.2));
			if (messages > budget.textMessages && !lastDayOfPlan) {
				return;
			}
			messages = (int) Math.min(messages, Math.floor(budget.textMessages));
			budget.textMessages -= messages;
			Instant start = ActivityCalendar.momentOf(day, context.client().localZone(), random);
			Sidekick sidekick = context.sidekicks().pick(start, random);
			if (sidekick != null && context.rows().visible(start)) {
				conversation(context, sidekick, start, messages, CHANNELS[random.nextInt(CHANNELS.length)]);
			}
		}
	}

	private static void conversation(ClientContext context, Sidekick sidekick, Instant start, int messages,
			String channel) {
		var random = context.random();
		ClientRows rows = context.rows();
		UUID conversation = Ids.uuid(random);
		UUID session = Ids.uuid(random);
		UUID user = context.endUser();
		rows.activity("conversation_started", "start", sidekick, user, "conversation", conversation.toString(),
				channel, JsonText.object("channel", channel), "success", null, start);
		context.counters().textSession(sidekick, start);
		List<Message> lines = new ArrayList<>(messages * 2 + 1);
		Instant at = start;
		if (random.nextInt(5) == 0) {
			lines.add(new Message("system", "Conversation started via " + channel, null, "text", at));
		}
		for (int i = 0; i < messages; i++) {
			UUID turn = Ids.uuid(random);
			lines.add(new Message("user", Phrases.question(random), turn, "text", at));
			at = at.plusSeconds(2 + random.nextInt(18));
			lines.add(new Message("assistant", Phrases.answer(random), turn, "text", at));
			at = at.plusSeconds(15 + random.nextInt(220));
		}
		Instant last = lines.getLast().at();
		String title = lines.stream().filter((line) -> line.role().equals("user")).findFirst().orElseThrow().content();
		rows.conversation(conversation, session, sidekick, user, channel, JsonText.object("channel", channel), start,
				last, title);
		rows.transcripts(conversation, session, sidekick, user, lines, context.counters());
		if (channel.equals("text") && random.nextInt(4) == 0) {
			// The web widget opens a LiveKit room for text chats too; these are not voice calls.
			String room = ((random.nextInt(5) == 0) ? "react-embed-" : "text-") + Ids.hex(random, 16);
			String roomSid = "RM_" + Ids.hex(random, 12);
			String metadata = rows.roomMetadata(sidekick, conversation, user);
			rows.livekit("room_started", room, roomSid, null, null, null, metadata, start);
			rows.livekit("room_finished", room, roomSid, null, null, (int) (last.getEpochSecond() - start.getEpochSecond()),
					metadata, last);
		}
		if (random.nextInt(8) == 0) {
			Abilities.run(context, sidekick, user, conversation, start.plusSeconds(5));
		}
		rows.activity("conversation_ended", "end", sidekick, user, "conversation", conversation.toString(), channel,
				JsonText.object("channel", channel, "messages", lines.size()), "success", null, last);
	}

}
