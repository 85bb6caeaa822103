package com.sidekickforge.monitor.config;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One entry of {@code recipients.yml}.
 *
 * @param name shown in the mail's To header; may be null
 * @param clients the clients they may see (id or slug); a superadmin sees all
 * @param alerts whether they get the quota alerts of their clients
 * @param alertKinds which kinds of alert they get (all unless {@code alert-kinds} names some)
 * @param reports the schedules whose reports they get
 * @param hours when they take alert mails: quiet hours and the daily digest, in their zone
 */
public record Recipient(String email, String name, Role role, List<String> clients, boolean alerts,
		Set<AlertKind> alertKinds, List<String> reports, MailHours hours) {

	public Recipient {
		alertKinds = Set.copyOf(alertKinds);
	}

	/** Whether this recipient may see the client. */
	public boolean sees(UUID clientId, String clientName) {
		return this.role == Role.SUPERADMIN
				|| this.clients.stream().anyMatch((reference) -> ClientSlug.names(reference, clientId, clientName));
	}

}
