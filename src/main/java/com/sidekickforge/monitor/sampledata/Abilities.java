package com.sidekickforge.monitor.sampledata;

import java.time.Instant;
import java.util.UUID;

/** A sidekick running an ability (calendar booking, web search, image generation...) in a conversation. */
final class Abilities {

	private static final String[] NAMES = { "calendar_booking", "web_search", "crm_lookup", "image_generation",
			"send_email" };

	private static final String[] ERRORS = { "Calendar API returned 503 Service Unavailable",
			"Timeout after 30 s calling the CRM", "Image provider rejected the prompt", "SMTP relay refused the message" };

	private Abilities() {
	}

	static void run(ClientContext context, Sidekick sidekick, UUID user, UUID conversation, Instant at) {
		var random = context.random();
		String ability = NAMES[random.nextInt(NAMES.length)];
		ClientRows rows = context.rows();
		rows.activity("ability_run", "run", sidekick, user, "ability", ability, ability,
				JsonText.object("conversation_id", conversation.toString()), "pending", null, at);
		Instant done = at.plusSeconds(1 + random.nextInt(20));
		if (random.nextInt(9) == 0) {
			rows.activity("ability_failed", "run", sidekick, user, "ability", ability, ability,
					JsonText.object("conversation_id", conversation.toString()), "failed",
					ERRORS[random.nextInt(ERRORS.length)], done);
			return;
		}
		rows.activity("ability_completed", "run", sidekick, user, "ability", ability, ability,
				JsonText.object("conversation_id", conversation.toString()), "success", null, done);
		if (ability.equals("image_generation") && rows.visible(done)) {
			context.counters().image(sidekick, done);
		}
	}

}
