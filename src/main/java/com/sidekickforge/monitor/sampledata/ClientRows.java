package com.sidekickforge.monitor.sampledata;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes one client's rows where they belong: platform tables to the platform database, tenant tables
 * to the client's tenant database (the platform database for shared clients). Nothing after the spec's
 * {@code notAfter} is written: a row that would be later has simply not happened yet.
 */
final class ClientRows {

	private final SampleDataSpec spec;

	private final ClientProfile client;

	private final SourceRows platform;

	private final SourceRows tenant;

	private final SplittableRandom random;

	ClientRows(SampleDataSpec spec, ClientProfile client, SourceRows platform, SourceRows tenant,
			SplittableRandom random) {
		this.spec = spec;
		this.client = client;
		this.platform = platform;
		this.tenant = tenant;
		this.random = random;
	}

	ClientProfile client() {
		return this.client;
	}

	boolean visible(Instant moment) {
		return !moment.isAfter(this.spec.notAfter());
	}

	Instant clamp(Instant moment) {
		return visible(moment) ? moment : this.spec.notAfter();
	}

	void agent(Sidekick sidekick, boolean enabled, Instant updatedAt) {
		this.tenant.add(SourceTable.AGENTS, sidekick.id(), sidekick.slug(), sidekick.name(),
				sidekick.name() + " of " + this.client.name(), enabled, true, true, sidekick.createdAt(), updatedAt);
	}

	/**
	 * A conversation row; on tenants with the optional columns also its status, title, duration and last
	 * interaction.
	 */
	void conversation(UUID id, UUID session, Sidekick sidekick, UUID user, String channel, String metadata,
			Instant start, Instant last, String title) {
		Instant updated = clamp(last);
		if (!this.tenant.legacyConversations()) {
			this.tenant.add(SourceTable.CONVERSATIONS, id, session, sidekick.id(), user, channel, metadata, start,
					updated);
			return;
		}
		long idleDays = Duration.between(updated, this.spec.notAfter()).toDays();
		String status = (this.random.nextInt(40) == 0) ? "deleted" : (idleDays > 14) ? "archived" : "active";
		int duration = (int) Duration.between(start, updated).toSeconds();
		this.tenant.add(SourceTable.CONVERSATIONS_LEGACY, id, session, sidekick.id(), user, channel, metadata, start,
				updated, status, title, duration, updated);
	}

	/**
	 * The conversation's transcript lines that have happened by {@code notAfter}; user text messages are
	 * counted as the product counts them.
	 */
	void transcripts(UUID conversation, UUID session, Sidekick sidekick, UUID user, List<Message> messages,
			UsageCounters counters) {
		int sequence = 0;
		for (Message message : messages) {
			if (!visible(message.at())) {
				return;
			}
			this.tenant.add(SourceTable.CONVERSATION_TRANSCRIPTS, Ids.uuid(this.random), conversation, session,
					sidekick.id(), user, message.role(), message.content(), message.turn(), message.source(),
					sequence++, null, message.at(), message.at());
			if (message.countsAsText()) {
				counters.textMessage(sidekick, message.at());
			}
		}
	}

	void document(long id, Sidekick sidekick, String title, long fileSize, String status, int chunkCount,
			Instant created, Instant updated) {
		this.tenant.add(SourceTable.DOCUMENTS, id, sidekick.id(), title, fileSize, status, status, chunkCount, created,
				updated);
	}

	void chunk(long documentId, int index, String content, Instant at) {
		this.tenant.add(SourceTable.DOCUMENT_CHUNKS, Ids.uuid(this.random), documentId, index, content, at);
	}

	boolean livekit(String type, String room, String roomSid, String participantSid, String identity,
			Integer duration, String metadata, Instant at) {
		if (!visible(at)) {
			return false;
		}
		this.platform.add(SourceTable.LIVEKIT_EVENTS, Ids.uuid(this.random), type, room, roomSid, participantSid,
				identity, duration, metadata, at);
		return true;
	}

	boolean activity(String type, String action, Sidekick sidekick, UUID user, String resourceType,
			String resourceId, String resourceName, String details, String status, String error, Instant at) {
		if (!visible(at)) {
			return false;
		}
		this.platform.add(SourceTable.ACTIVITY_LOG, Ids.uuid(this.random), type, action, this.client.id(),
				(sidekick != null) ? sidekick.id() : null, user, resourceType, resourceId, resourceName, details,
				status, error, at);
		return true;
	}

	void platform(SourceTable table, Object... values) {
		this.platform.add(table, values);
	}

	/** LiveKit event metadata, as the product writes it. */
	String roomMetadata(Sidekick sidekick, UUID conversation, UUID user) {
		return JsonText.object("client_id", this.client.id().toString(), "client_name", this.client.name(),
				"agent_id", sidekick.id().toString(), "agent_name", sidekick.name(), "conversation_id",
				(conversation != null) ? conversation.toString() : null, "user_id",
				(user != null) ? user.toString() : null);
	}

}
