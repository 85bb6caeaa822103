package com.sidekickforge.monitor.health;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.sidekickforge.monitor.source.ClientIdentity;

/**
 * Whose voice sessions the rooms of the platform's LiveKit are: the {@code client_id} of the room's metadata (as
 * Sidekick Forge writes it), else a client whose id or slug the room's name holds; else nobody known (null).
 */
final class VoiceSessions {

	private final JsonMapper json = JsonMapper.builder().build();

	private final List<ClientIdentity> clients;

	VoiceSessions(List<ClientIdentity> clients) {
		this.clients = clients;
	}

	/** Active voice sessions per client (null: rooms of no known client). */
	Map<UUID, Integer> of(List<LiveKitRoom> rooms) {
		Map<UUID, Integer> sessions = new HashMap<>();
		for (LiveKitRoom room : rooms) {
			if (room.isActiveVoiceSession()) {
				sessions.merge(clientOf(room), 1, Integer::sum);
			}
		}
		return sessions;
	}

	UUID clientOf(LiveKitRoom room) {
		UUID fromMetadata = metadataClient(room.metadata());
		if (fromMetadata != null && this.clients.stream().anyMatch((c) -> c.id().equals(fromMetadata))) {
			return fromMetadata;
		}
		String name = room.name().toLowerCase(Locale.ROOT);
		for (ClientIdentity client : this.clients) {
			if (name.contains(client.id().toString()) || Pattern
				.compile("(^|[^a-z0-9])" + Pattern.quote(client.slug()) + "($|[^a-z0-9])")
				.matcher(name)
				.find()) {
				return client.id();
			}
		}
		return null;
	}

	private UUID metadataClient(String metadata) {
		if (metadata == null || metadata.isBlank()) {
			return null;
		}
		try {
			JsonNode node = this.json.readTree(metadata);
			String id = node.path("client_id").asString("");
			return id.isEmpty() ? null : UUID.fromString(id);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return null;
		}
	}

}
