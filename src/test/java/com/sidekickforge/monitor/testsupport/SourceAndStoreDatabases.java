package com.sidekickforge.monitor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.sidekickforge.monitor.source.SourceDatabase;

/**
 * The databases of one family of job tests: a platform, a tenant for a dedicated client, the own store, and
 * a config directory whose files the tests write.
 */
public final class SourceAndStoreDatabases {

	public final TestDatabase platform;

	public final TestDatabase tenant;

	public final TestDatabase store;

	public final Path configDir;

	public final SourceFixture platformRows;

	public final SourceFixture tenantRows;

	public SourceAndStoreDatabases(SourceDatabase kind) {
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

	public void register(DynamicPropertyRegistry registry) {
		registry.add("forge.platform.url", this.platform::url);
		registry.add("forge.store.url", this.store::url);
		registry.add("forge.config-dir", this.configDir::toString);
		registry.add("forge.output-dir", () -> this.configDir.resolve("out").toString());
	}

	/** Lists the dedicated client's tenant database in tenants.yml (a URL that cannot be opened, when given). */
	public void tenants(String clientSlug, String url) {
		try {
			Files.writeString(this.configDir.resolve("tenants.yml"),
					"tenants:\n  - client: " + clientSlug + "\n    url: \"" + url + "\"\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Tables that others reference (Spring Batch's, the digests) must be emptied children first. */
	private static int deleteOrder(String table) {
		List<String> parents = List.of("alert_digest_item", "alert_digest", "batch_step_execution_context",
				"batch_step_execution", "batch_job_execution_context", "batch_job_execution_params",
				"batch_job_execution", "batch_job_instance");
		int index = parents.indexOf(table.toLowerCase(Locale.ROOT));
		return (index < 0) ? -1 : index;
	}

	/** Writes a file of the config directory. */
	public void configFile(String name, String content) {
		try {
			Files.writeString(this.configDir.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Empties every source table and every table of the store but Flyway's. */
	public void clear() {
		JdbcClient store = JdbcClient.create(this.store.dataSource());
		List<String> tables = store.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'monitor' "
				+ "AND table_type IN ('BASE TABLE', 'TABLE') AND table_name NOT LIKE '%schema_history%'")
			.query(String.class)
			.list();
		// Children before parents: the Spring Batch tables reference each other.
		List<String> ordered = new ArrayList<>(tables);
		ordered.sort(Comparator.comparingInt(SourceAndStoreDatabases::deleteOrder));
		for (String table : ordered) {
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
