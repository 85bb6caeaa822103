package com.sidekickforge.monitor.report.model;

import java.util.Set;
import java.util.UUID;

import com.sidekickforge.monitor.config.Role;
import com.sidekickforge.monitor.source.ClientIdentity;

/**
 * The clients one output may show: every output is built for exactly one scope, and nothing of a client
 * outside it is read into that output.
 *
 * @param clientIds the clients in scope; null means all (a superadmin's scope)
 * @param client the client when the scope is one client's report, else null
 */
public record ReportScope(Role role, Set<UUID> clientIds, ClientIdentity client, String label) {

	public static ReportScope all() {
		return new ReportScope(Role.SUPERADMIN, null, null, "All clients");
	}

	/** One client's report, as its own people receive it. */
	public static ReportScope of(ClientIdentity client) {
		return new ReportScope(Role.SUBSCRIBER, Set.of(client.id()), client, client.name());
	}

	/** The clients assigned to an admin or subscriber. */
	public static ReportScope assigned(Role role, Set<UUID> clientIds, String label) {
		return new ReportScope(role, Set.copyOf(clientIds), null, label);
	}

	public boolean includes(UUID clientId) {
		return this.clientIds == null || (clientId != null && this.clientIds.contains(clientId));
	}

	/** Whether events that belong to no client (a platform-wide dead letter, ...) may be shown. */
	public boolean seesPlatform() {
		return this.clientIds == null;
	}

}
