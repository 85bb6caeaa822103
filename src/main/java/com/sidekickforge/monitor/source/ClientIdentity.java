package com.sidekickforge.monitor.source;

import java.util.UUID;

import com.sidekickforge.monitor.config.ClientSlug;

/** Who a client is: id, name and how it is hosted; enough to resolve a reference by id or slug. */
public record ClientIdentity(UUID id, String name, String tier, String hostingType) {

	public String slug() {
		return ClientSlug.of(this.name);
	}

	public boolean isNamedBy(String reference) {
		return ClientSlug.names(reference, this.id, this.name);
	}

	public boolean dedicated() {
		return "dedicated".equals(this.hostingType);
	}

}
