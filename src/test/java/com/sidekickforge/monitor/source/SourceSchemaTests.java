package com.sidekickforge.monitor.source;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The source schema migrations build the real Sidekick Forge tables on H2 and on PostgreSQL. */
class SourceSchemaTests {

	/** Tables and the columns source-schema.md lists for them. */
	private static final Map<String, List<String>> PLATFORM = Map.ofEntries(Map.entry("clients",
			List.of("id", "name", "tier", "hosting_type", "max_sidekicks", "owner_user_id", "owner_email",
					"livekit_url", "livekit_api_key", "livekit_api_secret", "provisioning_status",
					"subscription_status", "subscription_current_period_start", "subscription_current_period_end",
					"created_at", "updated_at")),
			Map.entry("tier_quotas",
			List.of("id", "tier", "voice_seconds_per_month", "text_messages_per_month", "embedding_chunks_per_month",
					"max_sidekicks", "created_at", "updated_at")),
			Map.entry("agent_usage",
			List.of("id", "client_id", "agent_id", "period_start", "voice_seconds_used", "voice_seconds_limit",
					"text_messages_used", "text_messages_limit", "embedding_chunks_used", "embedding_chunks_limit",
					"image_generation_cost", "image_generation_count", "llm_input_tokens", "llm_output_tokens",
					"tts_characters", "session_count", "last_session_at", "created_at", "updated_at")),
			Map.entry("livekit_events",
			List.of("id", "event_type", "room_name", "room_sid", "participant_sid", "participant_identity",
					"duration", "metadata", "created_at")),
			Map.entry("activity_log",
			List.of("id", "activity_type", "action", "client_id", "agent_id", "user_id", "resource_type",
					"resource_id", "resource_name", "details", "status", "error_message", "created_at")),
			Map.entry("user_clients", List.of("id", "user_id", "client_id", "role", "created_at")),
			Map.entry("roles", List.of("id", "key", "scope", "description", "created_at", "updated_at")),
			Map.entry("platform_role_memberships", List.of("id", "user_id", "role_id", "created_at", "updated_at")),
			Map.entry("tenant_memberships",
					List.of("id", "user_id", "client_id", "role_id", "status", "created_at", "updated_at")));

	private static final Map<String, List<String>> TENANT = Map.of("agents",
			List.of("id", "slug", "name", "enabled", "voice_chat_enabled", "text_chat_enabled", "created_at",
					"updated_at"),
			"conversations",
			List.of("id", "session_id", "agent_id", "user_id", "channel", "metadata", "created_at", "updated_at"),
			"conversation_transcripts",
			List.of("id", "conversation_id", "session_id", "agent_id", "user_id", "role", "content", "turn_id",
					"source", "sequence", "metadata", "created_at", "updated_at"),
			"documents",
			List.of("id", "agent_id", "title", "file_size", "status", "processing_status", "chunk_count",
					"created_at", "updated_at"),
			"document_chunks", List.of("id", "document_id", "chunk_index", "content", "created_at"));

	private static final List<String> LEGACY = List.of("status", "conversation_title", "duration",
			"last_interaction_at");

	@ParameterizedTest
	@EnumSource(SourceDatabase.class)
	void platformDatabaseHasThePlatformAndSharedTenantTables(SourceDatabase kind) throws SQLException {
		try (TestDatabase database = TestDatabase.create(kind, "schema")) {
			SourceSchema.migratePlatform(database.dataSource(), false);

			for (var table : PLATFORM.entrySet()) {
				assertThat(columns(database.dataSource(), table.getKey())).as(table.getKey())
					.containsAll(table.getValue());
			}
			for (var table : TENANT.entrySet()) {
				assertThat(columns(database.dataSource(), table.getKey())).as(table.getKey())
					.containsAll(table.getValue());
			}
			assertThat(columns(database.dataSource(), "conversations")).doesNotContainAnyElementsOf(LEGACY);
		}
	}

	@ParameterizedTest
	@EnumSource(SourceDatabase.class)
	void olderTenantsHaveTheOptionalConversationColumns(SourceDatabase kind) throws SQLException {
		try (TestDatabase database = TestDatabase.create(kind, "legacy")) {
			SourceSchema.migrateTenant(database.dataSource(), true);

			assertThat(columns(database.dataSource(), "conversations")).containsAll(LEGACY);
			assertThat(columns(database.dataSource(), "clients")).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(SourceDatabase.class)
	void tierAcceptsOnlyTheThreeTiersAndUsageIsUniquePerAgentAndPeriod(SourceDatabase kind) {
		try (TestDatabase database = TestDatabase.create(kind, "constraints")) {
			SourceSchema.migratePlatform(database.dataSource(), false);
			JdbcClient jdbc = JdbcClient.create(database.dataSource());
			UUID client = UUID.randomUUID();
			String tier = kind.tierParameter().replace("?", ":tier");
			jdbc.sql("INSERT INTO clients (id, name, tier) VALUES (:id, 'Acme', " + tier + ")")
				.param("id", client)
				.param("tier", "champion")
				.update();

			assertThatThrownBy(() -> jdbc.sql("INSERT INTO clients (id, name, tier) VALUES (:id, 'Bad', " + tier + ")")
				.param("id", UUID.randomUUID())
				.param("tier", "bronze")
				.update()).isInstanceOf(DataAccessException.class);
			String usage = "INSERT INTO agent_usage (client_id, agent_id, period_start) VALUES (:c, :a, DATE '2026-11-01')";
			UUID agent = UUID.randomUUID();
			jdbc.sql(usage).param("c", client).param("a", agent).update();
			assertThatThrownBy(() -> jdbc.sql(usage).param("c", client).param("a", agent).update())
				.isInstanceOf(DuplicateKeyException.class);
		}
	}

	private static Set<String> columns(DataSource dataSource, String table) throws SQLException {
		Set<String> columns = new LinkedHashSet<>();
		try (Connection connection = dataSource.getConnection();
				ResultSet rs = connection.getMetaData().getColumns(null, null, table, null)) {
			while (rs.next()) {
				columns.add(rs.getString("COLUMN_NAME"));
			}
		}
		return columns;
	}

}
