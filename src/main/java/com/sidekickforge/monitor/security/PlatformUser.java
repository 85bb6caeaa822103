package com.sidekickforge.monitor.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A person as their Sidekick Forge access token says: who (the {@code sub}), and what the token's
 * {@code user_metadata} grants beside the platform database (the admin reads both).
 *
 * @param id the Supabase user id
 * @param email their address, for messages; the id when the token has none
 * @param superadmin {@code user_metadata.platform_role} is {@code super_admin}
 * @param adminClients {@code user_metadata.tenant_assignments.admin_client_ids}
 * @param subscriberClients {@code user_metadata.tenant_assignments.subscriber_client_ids}
 */
record PlatformUser(UUID id, String email, boolean superadmin, List<UUID> adminClients, List<UUID> subscriberClients)
		implements Serializable {

	/** @throws IllegalArgumentException when the token names no user (its {@code sub} is not a uuid) */
	static PlatformUser of(Jwt token) {
		UUID id;
		try {
			id = UUID.fromString(String.valueOf(token.getSubject()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("the token's sub is not a Sidekick Forge user id", ex);
		}
		Object metadata = token.getClaims().get("user_metadata");
		Map<?, ?> fields = (metadata instanceof Map<?, ?> map) ? map : Map.of();
		Object assignments = fields.get("tenant_assignments");
		Map<?, ?> assigned = (assignments instanceof Map<?, ?> map) ? map : Map.of();
		String email = token.getClaimAsString("email");
		return new PlatformUser(id, (email != null && !email.isBlank()) ? email : id.toString(),
				"super_admin".equals(fields.get("platform_role")), ids(assigned.get("admin_client_ids")),
				ids(assigned.get("subscriber_client_ids")));
	}

	/** The client ids of a list in the metadata; anything that is not a uuid names no client. */
	private static List<UUID> ids(Object list) {
		List<UUID> ids = new ArrayList<>();
		if (list instanceof List<?> values) {
			for (Object value : values) {
				try {
					ids.add(UUID.fromString(String.valueOf(value)));
				}
				catch (IllegalArgumentException ex) {
					// not a client id: grants nothing
				}
			}
		}
		return List.copyOf(ids);
	}

}
