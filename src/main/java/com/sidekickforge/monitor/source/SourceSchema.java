package com.sidekickforge.monitor.source;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Creates the real Sidekick Forge tables (source-schema.md) in a demo or test database. Production
 * databases already have them and are only ever read: nothing calls this on them.
 */
public final class SourceSchema {

	/** Flyway's history table for these migrations, apart from any table the product itself has. */
	static final String HISTORY_TABLE = "forge_source_schema_history";

	private SourceSchema() {
	}

	/**
	 * Migrates a platform database. It always holds the tenant tables too, since shared clients keep
	 * theirs there.
	 * @param legacyConversations whether {@code conversations} gets the optional columns older tenants have
	 */
	public static void migratePlatform(DataSource dataSource, boolean legacyConversations) {
		SourceDatabase kind = SourceDatabase.of(dataSource);
		List<String> locations = new ArrayList<>(List.of("classpath:db/source/platform-" + kind.vendor(),
				"classpath:db/source/platform", "classpath:db/source/tenant"));
		migrate(dataSource, locations, legacyConversations);
	}

	/** Migrates a dedicated client's tenant database. */
	public static void migrateTenant(DataSource dataSource, boolean legacyConversations) {
		migrate(dataSource, new ArrayList<>(List.of("classpath:db/source/tenant")), legacyConversations);
	}

	private static void migrate(DataSource dataSource, List<String> locations, boolean legacyConversations) {
		if (legacyConversations) {
			locations.add("classpath:db/source/tenant-legacy");
		}
		Flyway.configure()
			.dataSource(dataSource)
			.locations(locations.toArray(String[]::new))
			.table(HISTORY_TABLE)
			.failOnMissingLocations(true)
			.load()
			.migrate();
	}

}
