package com.sidekickforge.monitor.sampledata;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.sidekickforge.monitor.source.SourceDatabase;

/**
 * The source tables the generator fills, parents before children, with the columns it writes in order.
 */
enum SourceTable {

	TIER_QUOTAS("tier_quotas", "id", "tier", "voice_seconds_per_month", "text_messages_per_month",
			"embedding_chunks_per_month", "max_sidekicks", "created_at", "updated_at"),
	CLIENTS("clients", "id", "name", "tier:tier", "hosting_type", "max_sidekicks", "owner_user_id", "owner_email",
			"livekit_url", "livekit_api_key", "livekit_api_secret", "provisioning_status", "subscription_status",
			"subscription_current_period_start", "subscription_current_period_end", "created_at", "updated_at"),
	USER_CLIENTS("user_clients", "id", "user_id", "client_id", "role", "created_at"),
	AGENTS("agents", "id", "slug", "name", "description", "enabled", "voice_chat_enabled", "text_chat_enabled",
			"created_at", "updated_at"),
	CONVERSATIONS("conversations", "id", "session_id", "agent_id", "user_id", "channel", "metadata:json",
			"created_at", "updated_at"),
	/** The same table where it has the optional columns of older tenants. */
	CONVERSATIONS_LEGACY("conversations", "id", "session_id", "agent_id", "user_id", "channel", "metadata:json",
			"created_at", "updated_at", "status", "conversation_title", "duration", "last_interaction_at"),
	CONVERSATION_TRANSCRIPTS("conversation_transcripts", "id", "conversation_id", "session_id", "agent_id",
			"user_id", "role", "content", "turn_id", "source", "sequence", "metadata:json", "created_at",
			"updated_at"),
	DOCUMENTS("documents", "id", "agent_id", "title", "file_size", "status", "processing_status", "chunk_count",
			"created_at", "updated_at"),
	DOCUMENT_CHUNKS("document_chunks", "id", "document_id", "chunk_index", "content", "created_at"),
	LIVEKIT_EVENTS("livekit_events", "id", "event_type", "room_name", "room_sid", "participant_sid",
			"participant_identity", "duration", "metadata:json", "created_at"),
	ACTIVITY_LOG("activity_log", "id", "activity_type", "action", "client_id", "agent_id", "user_id",
			"resource_type", "resource_id", "resource_name", "details:json", "status", "error_message", "created_at"),
	AGENT_USAGE("agent_usage", "id", "client_id", "agent_id", "period_start", "voice_seconds_used",
			"voice_seconds_limit", "text_messages_used", "text_messages_limit", "embedding_chunks_used",
			"embedding_chunks_limit", "image_generation_cost", "image_generation_count", "llm_input_tokens",
			"llm_output_tokens", "tts_characters", "session_count", "last_session_at", "created_at", "updated_at");

	private final String tableName;

	private final String[] columns;

	SourceTable(String tableName, String... columns) {
		this.tableName = tableName;
		this.columns = columns;
	}

	String tableName() {
		return this.tableName;
	}

	/** The insert statement, or null where this database has the other shape of {@code conversations}. */
	String insertSql(SourceDatabase kind, boolean legacyConversations) {
		if ((this == CONVERSATIONS && legacyConversations) || (this == CONVERSATIONS_LEGACY && !legacyConversations)) {
			return null;
		}
		String names = Arrays.stream(this.columns).map((c) -> c.split(":")[0]).collect(Collectors.joining(", "));
		String values = Arrays.stream(this.columns).map((c) -> parameter(c, kind)).collect(Collectors.joining(", "));
		return "INSERT INTO " + this.tableName + " (" + names + ") VALUES (" + values + ")";
	}

	private static String parameter(String column, SourceDatabase kind) {
		if (column.endsWith(":json")) {
			return kind.jsonParameter();
		}
		if (column.endsWith(":tier")) {
			return kind.tierParameter();
		}
		return "?";
	}

}
