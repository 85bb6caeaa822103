package com.sidekickforge.monitor.sampledata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.TestDatabase;

/**
 * The demo's dataset generated into a platform database and one tenant database per dedicated client,
 * as the demo lays it out; queries run over whichever databases hold a table.
 */
final class GeneratedDemo implements AutoCloseable {

	final TestDatabase platform;

	final Map<String, TestDatabase> tenants = new LinkedHashMap<>();

	final GenerationSummary summary;

	GeneratedDemo(SourceDatabase kind, SampleDataSpec spec, int threads) {
		this.platform = TestDatabase.create(kind, "demo");
		TenantPlacement placement = (client) -> client.dedicated() ? Optional
			.of(this.tenants.computeIfAbsent(client.slug(), (slug) -> this.platform.sibling("tenant")).dataSource())
				: Optional.empty();
		this.summary = new SampleDataGenerator(500, threads).generate(spec, this.platform.dataSource(), placement,
				GenerationProgress.NONE);
	}

	JdbcClient platform() {
		return JdbcClient.create(this.platform.dataSource());
	}

	JdbcClient tenant(String slug) {
		return JdbcClient.create(this.tenants.get(slug).dataSource());
	}

	/** A client's tenant database: its own when dedicated, else the platform. */
	JdbcClient tenantOf(ClientProfile client) {
		return client.dedicated() ? tenant(client.slug()) : platform();
	}

	ClientProfile client(String slug) {
		return this.summary.clients().stream().filter((c) -> c.slug().equals(slug)).findFirst().orElseThrow();
	}

	/** A number summed over the platform and every tenant database. */
	long sumOverTenantTables(String sql) {
		long total = one(this.platform.dataSource(), sql);
		for (TestDatabase tenant : this.tenants.values()) {
			total += one(tenant.dataSource(), sql);
		}
		return total;
	}

	/** Results of a query over every database holding tenant tables, concatenated. */
	<T> List<T> listOverTenantTables(Function<JdbcClient, List<T>> query) {
		List<T> all = new ArrayList<>(query.apply(platform()));
		for (TestDatabase tenant : this.tenants.values()) {
			all.addAll(query.apply(JdbcClient.create(tenant.dataSource())));
		}
		return all;
	}

	private static long one(DataSource dataSource, String sql) {
		Long value = JdbcClient.create(dataSource).sql(sql).query(Long.class).single();
		return (value != null) ? value : 0;
	}

	@Override
	public void close() {
		this.platform.close();
	}

}
