package com.sidekickforge.monitor.observe;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.PlatformDatabase;
import com.sidekickforge.monitor.source.SourcePartition;
import com.sidekickforge.monitor.source.TenantDatabases;

/**
 * {@code /actuator/health} component {@code databases}: the own store, the platform database and every tenant
 * database of {@code tenants.yml}, each connected to and asked a trivial query, with its latency. Down when any is
 * unreachable (the details say which; a tenant's is named by its client's slug, shown to a superadmin only).
 */
@Component("databases")
@ConditionalOnWebApplication
class SourceDatabasesHealth implements HealthIndicator {

	/** Seconds a database may take to answer {@code isValid}. */
	private static final int TIMEOUT_SECONDS = 5;

	private final DataSource store;

	private final DataSource platform;

	private final TenantDatabases tenants;

	SourceDatabasesHealth(DataSource store, @PlatformDatabase DataSource platform, TenantDatabases tenants) {
		this.store = store;
		this.platform = platform;
		this.tenants = tenants;
	}

	@Override
	public Health health() {
		Map<String, Object> details = new LinkedHashMap<>();
		boolean up = probe("store", this.store, details);
		up &= probe("platform", this.platform, details);
		try {
			for (SourcePartition partition : this.tenants.partitions()) {
				if (!partition.isPlatform()) {
					up &= probe("tenant:" + partition.client().slug(), partition.dataSource(), details);
				}
			}
		}
		catch (RuntimeException ex) {
			details.put("tenants", Map.of("status", "DOWN", "error", "tenants.yml: " + ex.getMessage()));
			up = false;
		}
		return (up ? Health.up() : Health.down()).withDetails(details).build();
	}

	private static boolean probe(String name, DataSource database, Map<String, Object> details) {
		long started = System.nanoTime();
		try (Connection connection = database.getConnection()) {
			boolean valid = connection.isValid(TIMEOUT_SECONDS);
			long millis = (System.nanoTime() - started) / 1_000_000;
			details.put(name, valid ? Map.of("status", "UP", "latency_ms", millis)
					: Map.of("status", "DOWN", "error", "no answer within " + TIMEOUT_SECONDS + " s"));
			return valid;
		}
		catch (Exception ex) {
			details.put(name, Map.of("status", "DOWN", "error", String.valueOf(ex.getMessage())));
			return false;
		}
	}

}
