package com.sidekickforge.monitor.sampledata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Voice calls (and hybrid conversations that add typed messages): a LiveKit room with participants and
 * a {@code room_finished} duration, a conversation with voice transcripts, activity, and the counters.
 */
final class VoiceCalls {

	private static final int SHORTEST_CALL = 20;

	private VoiceCalls() {
	}

	/**
	 * Calls until the day's budget is spent. A call longer than what is left waits for a later day, so that
	 * small clients still have calls of realistic length; on the last day of a plan it is cut to fit.
	 */
	static void day(ClientContext context, LocalDate day, DayBudget budget, boolean lastDayOfPlan) {
		var random = context.random();
		while (budget.voiceSeconds >= SHORTEST_CALL) {
			// Log-normal call lengths: mostly 1-6 minutes, a few long ones.
			int seconds = (int) Math.round(Math.exp(5.2 + random.nextGaussian() * 0.7));
			seconds = Math.max(SHORTEST_CALL, Math.min(seconds, 2400));
			if (seconds > budget.voiceSeconds && !lastDayOfPlan) {
				return;
			}
			seconds = (int) Math.min(seconds, Math.floor(budget.voiceSeconds));
			budget.voiceSeconds -= seconds;
			Instant start = ActivityCalendar.momentOf(day, context.client().localZone(), random);
			Sidekick sidekick = context.sidekicks().pick(start, random);
			if (sidekick == null || !context.rows().visible(start)) {
				continue;
			}
			boolean hybrid = random.nextInt(8) == 0;
			int typed = 0;
			if (hybrid && budget.textMessages >= 1) {
				typed = (int) Math.min(1 + random.nextInt(3), Math.floor(budget.textMessages));
				budget.textMessages -= typed;
			}
			call(context, sidekick, start, seconds, hybrid, typed);
		}
	}

	private static void call(ClientContext context, Sidekick sidekick, Instant start, int seconds, boolean hybrid,
			int typed) {
		var random = context.random();
		ClientRows rows = context.rows();
		UUID conversation = Ids.uuid(random);
		UUID session = Ids.uuid(random);
		UUID user = context.endUser();
		Instant end = start.plusSeconds(seconds);
		String room = "sk-" + sidekick.slug() + "-" + Ids.hex(random, 12);
		String roomSid = "RM_" + Ids.hex(random, 12);
		String metadata = rows.roomMetadata(sidekick, conversation, user);
		String userIdentity = "user-" + user;
		String agentIdentity = "agent-" + sidekick.slug();
		if (random.nextBoolean()) {
			// The product warms an agent worker up in a room of its own before a call: not a voice call.
			String prewarm = "prewarm-" + sidekick.slug() + "-" + Ids.hex(random, 8);
			String prewarmSid = "RM_" + Ids.hex(random, 12);
			int warmup = 3 + random.nextInt(40);
			rows.livekit("room_started", prewarm, prewarmSid, null, null, null, metadata, start.minusSeconds(60));
			rows.livekit("room_finished", prewarm, prewarmSid, null, null, warmup, metadata,
					start.minusSeconds(60 - warmup));
		}
		rows.livekit("room_started", room, roomSid, null, null, null, metadata, start);
		rows.livekit("participant_joined", room, roomSid, "PA_" + Ids.hex(random, 12), agentIdentity, null, metadata,
				start.plusMillis(400));
		rows.livekit("participant_joined", room, roomSid, "PA_" + Ids.hex(random, 12), userIdentity, null, metadata,
				start.plusSeconds(2));
		rows.livekit("track_published", room, roomSid, null, agentIdentity, null, metadata, start.plusSeconds(3));
		rows.activity("voice_call_started", "start", sidekick, user, "conversation", conversation.toString(),
				"Voice call", JsonText.object("room_name", room), "success", null, start);

		int turns = Math.max(1, Math.min(40, seconds / 25));
		List<Message> messages = new ArrayList<>(turns * 2 + typed * 2);
		Instant at = start.plusSeconds(4);
		long step = Math.max(1, (seconds - 5) / (turns * 2L));
		for (int turn = 0; turn < turns; turn++) {
			UUID turnId = Ids.uuid(random);
			messages.add(new Message("user", Phrases.question(random), turnId, "voice", at));
			at = at.plusSeconds(step);
			messages.add(new Message("assistant", Phrases.answer(random), turnId, "voice", at));
			at = at.plusSeconds(step);
		}
		for (int i = 0; i < typed; i++) {
			Instant typedAt = end.plusSeconds(30L + i * 40L);
			UUID turnId = Ids.uuid(random);
			messages.add(new Message("user", Phrases.question(random), turnId, "text", typedAt));
			messages.add(new Message("assistant", Phrases.answer(random), turnId, "text", typedAt.plusSeconds(4)));
		}
		Instant last = messages.getLast().at().isAfter(end) ? messages.getLast().at() : end;
		rows.conversation(conversation, session, sidekick, user, hybrid ? "hybrid" : "voice",
				JsonText.object("room_name", room, "source", "livekit"), start, last, "Voice call");
		rows.transcripts(conversation, session, sidekick, user, messages, context.counters());

		if (!rows.visible(end)) {
			return; // still on the line: no end events, nothing counted yet
		}
		boolean dropped = random.nextInt(50) == 0;
		rows.livekit("participant_left", room, roomSid, null, userIdentity, null, metadata, end.minusSeconds(1));
		rows.livekit("participant_left", room, roomSid, null, agentIdentity, null, metadata, end);
		rows.livekit("room_finished", room, roomSid, null, null, seconds, metadata, end);
		rows.activity("voice_call_ended", "end", sidekick, user, "conversation", conversation.toString(),
				"Voice call", JsonText.object("duration_seconds", seconds, "room_name", room),
				dropped ? "failed" : "success", dropped ? "Agent worker disconnected before the caller hung up" : null,
				end);
		context.counters().voice(sidekick, seconds, turns, end);
	}

}
