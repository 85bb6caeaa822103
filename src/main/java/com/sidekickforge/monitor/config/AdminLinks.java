package com.sidekickforge.monitor.config;

import java.util.UUID;

/**
 * Links into the Sidekick Forge admin ({@code forge.admin-base-url}) used by reports and mails: one place to change
 * when the admin's routes change. Every link opens a page of the admin: an action that changes or deletes something
 * (pausing a sidekick, clearing archived conversations) leads to the page where the admin itself asks to confirm
 * it, never to a link that acts by being followed. Without a base URL there are no links at all ({@code null}):
 * reports and mails then leave them out rather than point at a made-up host.
 *
 * @param base the admin's address, without a trailing slash; null when it is not configured
 */
public record AdminLinks(String base) {

	public AdminLinks {
		base = (base == null || base.isBlank()) ? null : (base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
	}

	public static AdminLinks of(ForgeProperties properties) {
		return new AdminLinks((properties.adminBaseUrl() != null) ? properties.adminBaseUrl().toString() : null);
	}

	/** Whether the admin's address is known: links are made only then. */
	public boolean available() {
		return this.base != null;
	}

	public String client(UUID client) {
		return available() ? this.base + "/clients/" + client : null;
	}

	/** Where a client's tier is changed: the upgrade prompt's target (a form of the admin, not an action). */
	public String upgrade(UUID client) {
		return available() ? client(client) + "/upgrade" : null;
	}

	public String sidekick(UUID client, UUID agent) {
		return available() ? client(client) + "/sidekicks/" + agent : null;
	}

	/** The sidekick's page, at its pause control: the admin asks there. */
	public String pauseSidekick(UUID client, UUID agent) {
		return available() ? sidekick(client, agent) + "#pause" : null;
	}

	public String resumeSidekick(UUID client, UUID agent) {
		return available() ? sidekick(client, agent) + "#resume" : null;
	}

	/** The sidekick's knowledge base, where a refresh is started. */
	public String refreshKnowledgeBase(UUID client, UUID agent) {
		return available() ? sidekick(client, agent) + "/knowledge-base" : null;
	}

	/** The client's archived conversations, where the admin confirms clearing them. */
	public String archivedConversations(UUID client) {
		return available() ? client(client) + "/conversations?status=archived" : null;
	}

}
