package com.sidekickforge.monitor.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.source.SourceSchema;

/**
 * Hand-made Sidekick Forge rows for tests whose expected numbers are computed by hand: a client, its
 * sidekicks, counters set to chosen values, and single events at chosen instants.
 */
public final class SourceFixture {

	private static final AtomicLong DOCUMENT_IDS = new AtomicLong(1);

	private final DataSource database;

	private final JdbcClient jdbc;

	private final SourceDatabase kind;

	private SourceFixture(DataSource database) {
		this.database = database;
		this.jdbc = JdbcClient.create(database);
		this.kind = SourceDatabase.of(database);
	}

	/** A platform database with the schema and the product's default tiers. */
	public static SourceFixture platform(DataSource database) {
		SourceSchema.migratePlatform(database, false);
		SourceFixture fixture = new SourceFixture(database);
		for (String tier : new String[] { "adventurer", "champion", "paragon" }) {
			fixture.jdbc.sql("""
					INSERT INTO tier_quotas (tier, voice_seconds_per_month, text_messages_per_month,
					  embedding_chunks_per_month, max_sidekicks) VALUES (:tier, 6000, 1000, 10000, 5)
					""").param("tier", tier).update();
		}
		return fixture;
	}

	/** A dedicated client's tenant database. */
	public static SourceFixture tenant(DataSource database) {
		SourceSchema.migrateTenant(database, false);
		return new SourceFixture(database);
	}

	public DataSource dataSource() {
		return this.database;
	}

	public UUID client(String name, String tier, boolean dedicated) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO clients (id, name, tier, hosting_type) VALUES (:id, :name, "
				+ this.kind.tierParameter().replace("?", ":tier") + ", :hosting)")
			.param("id", id)
			.param("name", name)
			.param("tier", tier)
			.param("hosting", dedicated ? "dedicated" : "shared")
			.update();
		return id;
	}

	/** A sidekick in this (tenant or platform) database. */
	public UUID agent(String slug) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO agents (id, slug, name) VALUES (:id, :slug, :slug)")
			.param("id", id)
			.param("slug", slug)
			.update();
		return id;
	}

	/** Sets a sidekick's counters of a billing period, as the product's increments would have left them. */
	public void counters(UUID client, UUID agent, LocalDate periodStart, long voice, long text, long chunks) {
		this.jdbc.sql("DELETE FROM agent_usage WHERE client_id = :c AND agent_id = :a AND period_start = :p")
			.param("c", client)
			.param("a", agent)
			.param("p", periodStart)
			.update();
		this.jdbc.sql("""
				INSERT INTO agent_usage (client_id, agent_id, period_start, voice_seconds_used, text_messages_used,
				  embedding_chunks_used) VALUES (:c, :a, :p, :voice, :text, :chunks)
				""")
			.param("c", client)
			.param("a", agent)
			.param("p", periodStart)
			.param("voice", voice)
			.param("text", text)
			.param("chunks", chunks)
			.update();
	}

	/** A finished voice call (platform database), ending at {@code end}. */
	public void voiceCall(UUID client, UUID agent, Instant end, int seconds) {
		voiceCall("{\"client_id\":\"" + client + "\",\"agent_id\":\"" + agent + "\"}", agent, end, seconds);
	}

	/** A finished voice call whose metadata is given as it is stored (ids spelled as some other writer would). */
	public void voiceCall(String metadata, UUID agent, Instant end, int seconds) {
		this.jdbc.sql("INSERT INTO livekit_events (event_type, room_name, duration, metadata, created_at) VALUES "
				+ "('room_finished', :room, :duration, " + this.kind.jsonParameter().replace("?", ":metadata") + ", :at)")
			.param("room", "sk-" + agent + "-" + UUID.randomUUID().toString().substring(0, 8))
			.param("duration", seconds)
			.param("metadata", metadata)
			.param("at", at(end))
			.update();
	}

	/** A room that is not a call: never counted as voice. */
	public void prewarmRoom(UUID client, UUID agent, Instant end, int seconds) {
		this.jdbc.sql("INSERT INTO livekit_events (event_type, room_name, duration, metadata, created_at) VALUES "
				+ "('room_finished', 'prewarm-x', :duration, " + this.kind.jsonParameter().replace("?", ":metadata")
				+ ", :at)")
			.param("duration", seconds)
			.param("metadata", "{\"client_id\":\"" + client + "\",\"agent_id\":\"" + agent + "\"}")
			.param("at", at(end))
			.update();
	}

	/** A text conversation (tenant tables of this database) with {@code messages} user messages at {@code at}. */
	public void textConversation(UUID agent, Instant at, int messages) {
		UUID conversation = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO conversations (id, agent_id, channel, created_at, updated_at) VALUES (:id, :a, 'text', :at, :at)")
			.param("id", conversation)
			.param("a", agent)
			.param("at", at(at))
			.update();
		for (int i = 0; i < messages; i++) {
			for (String role : new String[] { "user", "assistant" }) {
				this.jdbc.sql("""
						INSERT INTO conversation_transcripts (conversation_id, agent_id, role, content, source, sequence,
						  created_at, updated_at) VALUES (:c, :a, :role, 'hello', 'text', :seq, :at, :at)
						""")
					.param("c", conversation)
					.param("a", agent)
					.param("role", role)
					.param("seq", i * 2 + (role.equals("user") ? 0 : 1))
					.param("at", at(at))
					.update();
			}
		}
	}

	/** A processed document of {@code chunks} chunks (tenant tables of this database). */
	public void document(UUID agent, Instant at, int chunks) {
		long id = DOCUMENT_IDS.getAndIncrement();
		this.jdbc.sql("INSERT INTO documents (id, agent_id, title, status, chunk_count, created_at, updated_at) "
				+ "VALUES (:id, :a, 'doc', 'completed', :n, :at, :at)")
			.param("id", id)
			.param("a", agent)
			.param("n", chunks)
			.param("at", at(at))
			.update();
		for (int i = 0; i < chunks; i++) {
			this.jdbc.sql("INSERT INTO document_chunks (document_id, chunk_index, content, created_at) VALUES (:d, :i, 'x', :at)")
				.param("d", id)
				.param("i", i)
				.param("at", at(at))
				.update();
		}
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
