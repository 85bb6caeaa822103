package com.sidekickforge.monitor.config;

import java.util.UUID;

/**
 * Links into the Sidekick Forge admin ({@code forge.admin-base-url}) used by reports and mails: one place
 * to change when the admin's routes change.
 */
public record AdminLinks(String base) {

	public AdminLinks {
		base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	public static AdminLinks of(ForgeProperties properties) {
		return new AdminLinks(properties.adminBaseUrl().toString());
	}

	public String client(UUID client) {
		return this.base + "/clients/" + client;
	}

	/** Where a client's tier is changed: the upgrade prompt's target. */
	public String upgrade(UUID client) {
		return client(client) + "/upgrade";
	}

	public String sidekick(UUID client, UUID agent) {
		return client(client) + "/sidekicks/" + agent;
	}

	public String pauseSidekick(UUID client, UUID agent) {
		return sidekick(client, agent) + "/pause";
	}

	public String resumeSidekick(UUID client, UUID agent) {
		return sidekick(client, agent) + "/resume";
	}

	public String refreshKnowledgeBase(UUID client, UUID agent) {
		return sidekick(client, agent) + "/knowledge-base/refresh";
	}

	public String clearArchivedConversations(UUID client) {
		return client(client) + "/conversations/archived/clear";
	}

}
