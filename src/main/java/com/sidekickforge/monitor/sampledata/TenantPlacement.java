package com.sidekickforge.monitor.sampledata;

import java.util.Optional;

import javax.sql.DataSource;

/**
 * Where a dedicated client's tenant tables go: its own database, or (empty) the platform database, as
 * Forge Monitor falls back to for clients without a {@code tenants.yml} entry.
 */
@FunctionalInterface
public interface TenantPlacement {

	/** Every client's tenant tables in the platform database (the benchmark's layout). */
	TenantPlacement PLATFORM = (client) -> Optional.empty();

	Optional<DataSource> tenantDatabase(ClientProfile client);

}
