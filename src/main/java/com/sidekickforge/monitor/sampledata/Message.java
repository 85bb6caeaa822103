package com.sidekickforge.monitor.sampledata;

import java.time.Instant;
import java.util.UUID;

/** One transcript line of a conversation being generated, planned before the conversation row is written. */
record Message(String role, String content, UUID turn, String source, Instant at) {

	boolean countsAsText() {
		return this.role.equals("user") && this.source.equals("text");
	}

}
