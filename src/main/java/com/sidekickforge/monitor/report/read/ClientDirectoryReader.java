package com.sidekickforge.monitor.report.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.quota.ClientQuotas;
import com.sidekickforge.monitor.quota.QuotaReader;
import com.sidekickforge.monitor.report.model.SidekickStatus;
import com.sidekickforge.monitor.source.ClientIdentity;
import com.sidekickforge.monitor.source.NameOrder;
import com.sidekickforge.monitor.source.SourcePartition;

/**
 * Reads every client with its quotas and sidekicks: the platform database once, then each database holding
 * tenant tables once. A tenant database that cannot be read marks its client, not the run.
 */
final class ClientDirectoryReader {

	private final DataSource platform;

	ClientDirectoryReader(DataSource platform) {
		this.platform = platform;
	}

	/** What a source database could not give, keyed by its partition key. */
	record Directory(List<ClientFacts> clients, Map<String, String> unreachable) {
	}

	Directory read(List<SourcePartition> partitions, LocalDate billingPeriodStart, Instant asOf, Instant activeSince,
			Instant since) {
		JdbcClient jdbc = JdbcClient.create(this.platform);
		Map<UUID, String[]> clients = new LinkedHashMap<>();
		jdbc.sql("SELECT id, name, CAST(tier AS varchar), hosting_type, provisioning_status FROM clients ORDER BY name, id")
			.query((rs) -> {
				clients.put(rs.getObject(1, UUID.class), new String[] { rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5) });
			});
		Map<UUID, ClientQuotas> quotas = new HashMap<>();
		new QuotaReader(this.platform).period(billingPeriodStart, null).forEach((q) -> quotas.put(q.clientId(), q));
		Map<UUID, Map<UUID, Usage>> usage = usage(jdbc, billingPeriodStart);
		Map<UUID, List<Agent>> agents = new HashMap<>();
		Map<String, String> unreachable = new LinkedHashMap<>();
		for (SourcePartition partition : partitions) {
			try {
				readAgents(partition, usage, agents, activeSince, since, asOf);
			}
			catch (RuntimeException ex) {
				unreachable.put(partition.key(), NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
			}
		}
		List<ClientFacts> facts = new ArrayList<>();
		List<Map.Entry<UUID, String[]>> byName = new ArrayList<>(clients.entrySet());
		byName.sort(Comparator.comparing((Map.Entry<UUID, String[]> client) -> client.getValue()[0],
				NameOrder.names()));
		byName.forEach((client) -> {
			UUID id = client.getKey();
			String[] row = client.getValue();
			ClientIdentity identity = new ClientIdentity(id, row[0], row[1], row[2]);
			String error = partitions.stream().filter((p) -> p.holds(id)).findFirst()
				.map((p) -> unreachable.get(p.key())).orElse(unreachable.get("platform"));
			facts.add(new ClientFacts(identity, row[3], quotas.get(id),
					sidekicks(agents.getOrDefault(id, List.of()), usage.getOrDefault(id, Map.of())), error));
		});
		return new Directory(facts, unreachable);
	}

	/** A sidekick's counters of the billing period and its newest session of any period. */
	private record Usage(long voice, long text, long chunks, Instant lastSession) {
	}

	/** A row of a tenant's {@code agents} with its conversation activity. */
	private record Agent(UUID id, String name, String slug, boolean enabled, Instant lastConversation, long active) {
	}

	private static Map<UUID, Map<UUID, Usage>> usage(JdbcClient jdbc, LocalDate billingPeriodStart) {
		Map<UUID, Map<UUID, Usage>> usage = new HashMap<>();
		jdbc.sql("""
				SELECT client_id, agent_id,
				  SUM(CASE WHEN period_start = :period THEN voice_seconds_used ELSE 0 END),
				  SUM(CASE WHEN period_start = :period THEN text_messages_used ELSE 0 END),
				  SUM(CASE WHEN period_start = :period THEN embedding_chunks_used ELSE 0 END),
				  MAX(last_session_at)
				FROM agent_usage WHERE period_start <= :period GROUP BY client_id, agent_id
				""").param("period", billingPeriodStart).query((rs) -> {
			usage.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new LinkedHashMap<>())
				.put(rs.getObject(2, UUID.class), new Usage(rs.getLong(3), rs.getLong(4), rs.getLong(5),
						instant(rs.getObject(6, OffsetDateTime.class))));
		});
		return usage;
	}

	private static void readAgents(SourcePartition partition, Map<UUID, Map<UUID, Usage>> usage,
			Map<UUID, List<Agent>> agents, Instant activeSince, Instant since, Instant asOf) {
		JdbcClient tenant = JdbcClient.create(partition.dataSource());
		Map<UUID, Object[]> activity = new HashMap<>();
		tenant.sql("""
				SELECT agent_id, MAX(created_at), SUM(CASE WHEN updated_at >= :active THEN 1 ELSE 0 END)
				FROM conversations WHERE created_at >= :since AND created_at <= :asOf GROUP BY agent_id
				""")
			.param("active", OffsetDateTime.ofInstant(activeSince, ZoneOffset.UTC))
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.param("asOf", OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC))
			.query((rs) -> {
				activity.put(rs.getObject(1, UUID.class),
						new Object[] { instant(rs.getObject(2, OffsetDateTime.class)), rs.getLong(3) });
			});
		// Shared clients' agents live together in the platform database: their client is the one agent_usage
		// counts them for. A dedicated tenant database holds only its client's agents.
		Map<UUID, UUID> clientOfAgent = new HashMap<>();
		usage.forEach((client, byAgent) -> byAgent.keySet().forEach((agent) -> clientOfAgent.put(agent, client)));
		tenant.sql("SELECT id, name, slug, enabled FROM agents").query((rs) -> {
			UUID id = rs.getObject(1, UUID.class);
			UUID client = partition.isPlatform() ? clientOfAgent.get(id) : partition.client().id();
			if (client == null) {
				return;
			}
			Object[] a = activity.getOrDefault(id, new Object[] { null, 0L });
			agents.computeIfAbsent(client, (k) -> new ArrayList<>())
				.add(new Agent(id, rs.getString(2), rs.getString(3), rs.getBoolean(4), (Instant) a[0], (Long) a[1]));
		});
	}

	private static List<ClientFacts.SidekickFacts> sidekicks(List<Agent> agents, Map<UUID, Usage> usage) {
		List<ClientFacts.SidekickFacts> sidekicks = new ArrayList<>();
		for (Agent agent : agents) {
			Usage u = usage.getOrDefault(agent.id(), new Usage(0, 0, 0, null));
			sidekicks.add(new ClientFacts.SidekickFacts(agent.id(), agent.name(), agent.slug(), agent.enabled(), false,
					u.voice(), u.text(), u.chunks(), latest(agent.lastConversation(), u.lastSession()), agent.active()));
		}
		// Usage rows of sidekicks no longer in agents: deleted, their use still counts this period.
		usage.forEach((id, u) -> {
			boolean known = agents.stream().anyMatch((a) -> a.id().equals(id));
			if (!known && (u.voice() + u.text() + u.chunks()) > 0) {
				// Its slug went with it; the seed's SidekickStatus needs one: its id stands in (unique, and not a name).
				sidekicks.add(new ClientFacts.SidekickFacts(id, "Deleted sidekick " + id.toString().substring(0, 8),
						"deleted-" + id, false, true, u.voice(), u.text(), u.chunks(), u.lastSession(), 0));
			}
		});
		sidekicks.sort(Comparator.comparing(ClientFacts.SidekickFacts::deleted)
			.thenComparing(ClientFacts.SidekickFacts::name, NameOrder.names()));
		return sidekicks;
	}

	private static Instant latest(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
