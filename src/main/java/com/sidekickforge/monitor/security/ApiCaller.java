package com.sidekickforge.monitor.security;

import java.io.Serializable;
import java.util.List;

import com.sidekickforge.monitor.config.Role;

/**
 * Who made a request: a person signed in with Sidekick Forge, or a service account of {@code users.yml}.
 *
 * @param name how messages and the job tickets name them (a person's e-mail, a service account's name)
 * @param role their highest role: a superadmin sees every client
 * @param clients every client they may see (id or slug); a superadmin's are all
 * @param adminClients the clients they administer: they may run jobs for these (a subscriber of a client reads it)
 * @param key what their requests are counted by for the rate limit (never the token itself)
 * @param rateLimit their requests per minute
 */
public record ApiCaller(String name, Role role, List<String> clients, List<String> adminClients, String key,
		int rateLimit) implements Serializable {

	public ApiCaller {
		clients = List.copyOf(clients);
		adminClients = List.copyOf(adminClients);
	}

	/** Subscribers read; superadmins and the admins of a client may also run jobs (an admin for their clients). */
	public boolean mayRunJobs() {
		return this.role == Role.SUPERADMIN || !this.adminClients.isEmpty();
	}

	/** Whether any client at all is theirs to see: a person with no active membership sees nothing. */
	public boolean seesAnything() {
		return this.role == Role.SUPERADMIN || !this.clients.isEmpty();
	}

}
