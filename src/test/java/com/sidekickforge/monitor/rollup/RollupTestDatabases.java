package com.sidekickforge.monitor.rollup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.SourceFixture;
import com.sidekickforge.monitor.testsupport.TestDatabase;

/**
 * The databases of one family of rollup tests: a platform, a tenant for the dedicated client, the own
 * store, and a config directory whose tenants.yml the tests rewrite.
 */
final class RollupTestDatabases {

	final TestDatabase platform;

	final TestDatabase tenant;

	final TestDatabase store;

	final Path configDir;

	final SourceFixture platformRows;

	final SourceFixture tenantRows;

	RollupTestDatabases(SourceDatabase kind) {
		this.platform = TestDatabase.create(kind, "platform");
		this.tenant = this.platform.sibling("tenant");
		this.store = this.platform.sibling("store");
		this.platformRows = SourceFixture.platform(this.platform.dataSource());
		this.tenantRows = SourceFixture.tenant(this.tenant.dataSource());
		try {
			this.configDir = Files.createTempDirectory("forge-rollup-config");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void register(DynamicPropertyRegistry registry) {
		registry.add("forge.platform.url", this.platform::url);
		registry.add("forge.store.url", this.store::url);
		registry.add("forge.config-dir", this.configDir::toString);
		registry.add("forge.output-dir", () -> this.configDir.resolve("out").toString());
	}

	/** Lists the dedicated client's tenant database in tenants.yml (a URL that cannot be opened, when given). */
	void tenants(String clientSlug, String url) {
		try {
			Files.writeString(this.configDir.resolve("tenants.yml"),
					"tenants:\n  - client: " + clientSlug + "\n    url: \"" + url + "\"\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Empties every source table and every table of the store but Flyway's. */
	void clear() {
		JdbcClient store = JdbcClient.create(this.store.dataSource());
		for (String table : new String[] { "usage_snapshot", "counter_reading", "event_daily", "daily_usage",
				"conversation_stats", "tracking_gap", "rollup_failure", "batch_step_execution_context",
				"batch_step_execution", "batch_job_execution_context", "batch_job_execution_params",
				"batch_job_execution", "batch_job_instance" }) {
			store.sql("DELETE FROM monitor." + table).update();
		}
		for (TestDatabase source : new TestDatabase[] { this.platform, this.tenant }) {
			JdbcClient jdbc = JdbcClient.create(source.dataSource());
			for (String table : new String[] { "conversation_transcripts", "conversations", "document_chunks",
					"documents", "agents" }) {
				jdbc.sql("DELETE FROM " + table).update();
			}
		}
		JdbcClient platform = JdbcClient.create(this.platform.dataSource());
		for (String table : new String[] { "agent_usage", "livekit_events", "activity_log", "user_clients",
				"clients" }) {
			platform.sql("DELETE FROM " + table).update();
		}
	}

}
