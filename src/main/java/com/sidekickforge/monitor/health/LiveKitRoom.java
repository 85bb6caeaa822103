package com.sidekickforge.monitor.health;

import java.util.Locale;

/**
 * A room a LiveKit server listed.
 *
 * @param metadata the room's metadata as sent (Sidekick Forge puts JSON with {@code client_id} there), or empty
 */
public record LiveKitRoom(String name, int participants, String metadata) {

	/** A voice session now: someone is in it, and it is not a text, pre-warm or embed room. */
	public boolean isActiveVoiceSession() {
		String lower = this.name.toLowerCase(Locale.ROOT);
		return this.participants > 0 && !lower.startsWith("text-") && !lower.startsWith("prewarm-")
				&& !lower.startsWith("react-embed-");
	}

}
