package com.sidekickforge.monitor.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads {@code tenants.yml}: checked against its schema first, environment references resolved. */
public final class TenantsFile {

	private TenantsFile() {
	}

	/** The entries of the file; none when it does not exist. Throws listing every problem when it is wrong. */
	public static List<TenantDatabase> read(Path file, Map<String, String> environment) {
		if (!Files.exists(file)) {
			return List.of();
		}
		CheckedFile checked = CheckedFile.read(file, ConfigSchema.tenants(), environment);
		checked.rule((rules, document) -> rules.unique(document, "tenants", "client"));
		List<TenantDatabase> tenants = checked.entries("tenants")
			.stream()
			.map((entry) -> new TenantDatabase(checked.text(entry, "client"), checked.text(entry, "url"),
					checked.text(entry, "username"), checked.text(entry, "password")))
			.toList();
		checked.requireValid();
		return tenants;
	}

}
