package com.sidekickforge.monitor.report.export;

import java.io.OutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import com.sidekickforge.monitor.report.model.ReportJson;
import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.model.ReportScope;
import com.sidekickforge.monitor.report.read.ClientFacts;
import com.sidekickforge.monitor.report.read.ReportDataset;
import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.source.SourcePartition;
import com.sidekickforge.monitor.source.StreamingQuery;

/**
 * {@code conversations-<period>.json}: every conversation the scope's sidekicks started in the period, with its
 * transcript in order. Rows stream from each tenant database straight into the JSON generator, one conversation
 * at a time, so a million messages export in constant memory.
 */
public final class ConversationsExport {

	/** Up to this many sidekicks in scope, the shared database is asked for theirs by name. */
	static final int MAX_LISTED_SIDEKICKS = 500;

	private final JsonMapper json;

	public ConversationsExport(ReportJson json) {
		this.json = json.mapper();
	}

	/** @return the number of conversations written */
	public long write(List<SourcePartition> partitions, ReportDataset data, ReportScope scope, ReportPeriod period,
			OutputStream out) {
		// Which client each sidekick in scope belongs to (in the platform database only those are exported), and
		// its name.
		Map<UUID, ClientFacts> owners = new HashMap<>();
		Map<UUID, String> agentNames = new HashMap<>();
		for (ClientFacts client : data.clients()) {
			if (scope.includes(client.id())) {
				for (ClientFacts.SidekickFacts sidekick : client.sidekicks()) {
					owners.put(sidekick.agentId(), client);
					agentNames.put(sidekick.agentId(), sidekick.name());
				}
			}
		}
		Instant from = period.first().atStartOfDay(data.zone()).toInstant();
		Instant to = period.last().plusDays(1).atStartOfDay(data.zone()).toInstant();
		long[] written = new long[1];
		try (JsonGenerator generator = this.json.createGenerator(out)) {
			generator.writeStartObject();
			generator.writeStringProperty("scope", scope.label());
			generator.writeStringProperty("period", period.name());
			generator.writeStringProperty("period_start", period.first().toString());
			generator.writeStringProperty("period_end", period.last().toString());
			generator.writeStringProperty("timezone", data.zone().getId());
			generator.writeArrayPropertyStart("conversations");
			for (SourcePartition partition : partitions) {
				boolean dedicated = !partition.isPlatform();
				if (dedicated && !scope.includes(partition.client().id())) {
					continue;
				}
				if (data.unreachable().containsKey(partition.key())) {
					continue; // the report says the database could not be read
				}
				written[0] += partition(partition, owners, agentNames, data, from, to, generator);
			}
			generator.writeEndArray();
			generator.writeNumberProperty("total_conversations", written[0]);
			generator.writeEndObject();
		}
		return written[0];
	}

	private static long partition(SourcePartition partition, Map<UUID, ClientFacts> owners, Map<UUID, String> agentNames,
			ReportDataset data, Instant from, Instant to, JsonGenerator generator) {
		boolean status = SourceDatabase.hasColumn(partition.dataSource(), "conversations", "status");
		ClientFacts dedicatedClient = partition.isPlatform() ? null : data.client(partition.client().id()).orElse(null);
		long[] count = new long[1];
		UUID[] current = new UUID[1];
		// In the shared database a small scope reads its own sidekicks' rows by index, not everyone's.
		Map<String, Object> parameters = new HashMap<>(Map.of("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC),
				"to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC)));
		boolean listed = partition.isPlatform() && owners.size() <= MAX_LISTED_SIDEKICKS;
		if (listed && owners.isEmpty()) {
			return 0;
		}
		if (listed) {
			parameters.put("agents", owners.keySet());
		}
		String sql = """
				SELECT c.id, c.agent_id, c.user_id, c.channel, %s, c.created_at,
				       t.role, t.source, t.content, t.sequence, t.created_at
				FROM conversations c
				LEFT JOIN conversation_transcripts t ON t.conversation_id = c.id
				WHERE c.created_at >= :from AND c.created_at < :to%s
				ORDER BY c.created_at, c.id, t.sequence, t.created_at""".formatted(
				status ? "c.status" : "CAST(NULL AS varchar)", listed ? " AND c.agent_id IN (:agents)" : "");
		StreamingQuery.run(partition.dataSource(), (jdbc) -> new NamedParameterJdbcTemplate(jdbc).query(sql, parameters,
				(RowCallbackHandler) (rs) -> {
					UUID id = rs.getObject(1, UUID.class);
					UUID agent = rs.getObject(2, UUID.class);
					ClientFacts client = (dedicatedClient != null) ? dedicatedClient : owners.get(agent);
					if (client == null) {
						return; // another client's conversation in the shared database
					}
					if (!id.equals(current[0])) {
						if (current[0] != null) {
							generator.writeEndArray();
							generator.writeEndObject();
						}
						current[0] = id;
						count[0]++;
						generator.writeStartObject();
						generator.writeStringProperty("id", id.toString());
						generator.writeStringProperty("client_id", client.id().toString());
						generator.writeStringProperty("client_name", client.identity().name());
						generator.writeStringProperty("agent_id", (agent != null) ? agent.toString() : null);
						generator.writeStringProperty("agent_name", agentNames.get(agent));
						generator.writeStringProperty("user_id", rs.getString(3));
						generator.writeStringProperty("channel", rs.getString(4));
						generator.writeStringProperty("status", status ? rs.getString(5) : "not_tracked");
						generator.writeStringProperty("started_at", iso(rs.getObject(6, OffsetDateTime.class)));
						generator.writeArrayPropertyStart("messages");
					}
					if (rs.getString(7) != null) {
						generator.writeStartObject();
						generator.writeStringProperty("role", rs.getString(7));
						generator.writeStringProperty("source", rs.getString(8));
						generator.writeStringProperty("content", rs.getString(9));
						generator.writeNumberProperty("sequence", rs.getInt(10));
						generator.writeStringProperty("created_at", iso(rs.getObject(11, OffsetDateTime.class)));
						generator.writeEndObject();
					}
				}));
		if (current[0] != null) {
			generator.writeEndArray();
			generator.writeEndObject();
		}
		return count[0];
	}

	private static String iso(OffsetDateTime time) {
		return (time != null) ? time.toInstant().toString() : null;
	}

}
