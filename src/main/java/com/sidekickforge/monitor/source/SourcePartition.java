package com.sidekickforge.monitor.source;

import java.util.UUID;

import javax.sql.DataSource;


/**
 * A database holding tenant tables: the platform database (shared clients and every client without a
 * {@code tenants.yml} entry) or one dedicated client's tenant database. Reading is split along these,
 * and one that cannot be read fails alone.
 *
 * @param client the dedicated client, or null for the platform database
 */
public record SourcePartition(ClientIdentity client, DataSource dataSource) {

	/** The key event rows read from here are stored under: "platform" or the client's id. */
	public String key() {
		return (this.client != null) ? this.client.id().toString() : "platform";
	}

	public boolean isPlatform() {
		return this.client == null;
	}

	/** For messages: "platform database" or "tenant database of <slug>". */
	public String describe() {
		return isPlatform() ? "platform database" : "tenant database of " + this.client.slug();
	}

	public boolean holds(UUID clientId) {
		return this.client != null && this.client.id().equals(clientId);
	}

}
