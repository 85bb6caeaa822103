package com.sidekickforge.monitor.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.stereotype.Service;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.PlatformDatabase;
import com.sidekickforge.monitor.source.ClientIdentity;
import com.sidekickforge.monitor.source.ClientLiveKit;
import com.sidekickforge.monitor.source.PlatformClients;
import com.sidekickforge.monitor.source.SourcePartition;
import com.sidekickforge.monitor.source.TenantDatabases;

/**
 * One health check: the platform's LiveKit and every client's own, the platform database, the store and every tenant
 * database, and the configured API endpoints, all probed at once, each bounded by {@code forge.health.timeout}; then
 * recorded as one set of samples. Something that is down is a sample, not a failed run.
 */
@Service
class HealthCheck {

	private final DataSource platform;

	private final DataSource store;

	private final TenantDatabases tenants;

	private final HealthSamples samples;

	private final ForgeProperties properties;

	private final Clock clock;

	private final PlatformLiveKit platformLiveKit;

	HealthCheck(@PlatformDatabase DataSource platform, DataSource store, TenantDatabases tenants, HealthSamples samples,
			ForgeProperties properties, Clock clock, PlatformLiveKit platformLiveKit) {
		this.platformLiveKit = platformLiveKit;
		this.platform = platform;
		this.store = store;
		this.tenants = tenants;
		this.samples = samples;
		this.properties = properties;
		this.clock = clock;
	}

	/** What one check found. */
	public record Outcome(Instant checkedAt, List<HealthSample> samples, Map<UUID, Integer> sessions) {
	}

	/**
	 * @param at the moment the samples are recorded for (null: now); a replay or the demo, whose reports are as of an
	 * earlier moment, gives theirs
	 */
	public Outcome run(Instant at) {
		ForgeProperties.Health settings = this.properties.health();
		// Microseconds: what the store keeps, so the instant read back is the one written.
		at = ((at != null) ? at : this.clock.instant()).truncatedTo(ChronoUnit.MICROS);
		// The token goes to a real server, so it is stamped with the real time, not the reports' "now".
		LiveKitProbe livekit = new LiveKitProbe(settings.timeout(), settings.livekitBudget(), Clock.systemUTC());
		DatabaseProbe databases = new DatabaseProbe(settings.databaseBudget(), settings.timeout());
		ApiProbe api = new ApiProbe(settings.timeout(), settings.apiBudget(), settings.apiRequests());
		List<ClientLiveKit> clients = new PlatformClients(this.platform).liveKits();
		VoiceSessions attribution = new VoiceSessions(clients.stream().map(ClientLiveKit::client).toList());
		List<Probe> probes = new ArrayList<>();
		ForgeProperties.Livekit server = this.platformLiveKit.current();
		if (server.url() != null && !server.url().isBlank()) {
			probes.add(new Probe(HealthSample.LIVEKIT, server.name(), null,
					() -> livekit.probe(server.url(), server.apiKey(), server.apiSecret()), attribution));
		}
		for (ClientLiveKit client : clients) {
			if (client.url() != null && !client.url().equals(server.url())) {
				probes.add(new Probe(HealthSample.LIVEKIT, "LiveKit of " + client.client().slug(), client.client().id(),
						() -> livekit.probe(client.url(), client.apiKey(), client.apiSecret()), null));
			}
		}
		probes.add(new Probe(HealthSample.DATABASE, "platform database", null, () -> databases.probe(this.platform),
				null));
		probes.add(new Probe(HealthSample.DATABASE, "Forge Monitor store", null, () -> databases.probe(this.store),
				null));
		for (SourcePartition partition : this.tenants.partitions()) {
			if (!partition.isPlatform()) {
				ClientIdentity client = partition.client();
				probes.add(new Probe(HealthSample.DATABASE, "tenant database of " + client.slug(), client.id(),
						() -> databases.probe(partition.dataSource()), null));
			}
		}
		for (ForgeProperties.Health.ApiEndpoint endpoint : settings.apiEndpoints()) {
			probes.add(new Probe(HealthSample.API, endpoint.name(), null, () -> api.probe(endpoint.url()), null));
		}
		// The API's requests run one after the other, so its bound is that many timeouts.
		Duration bound = settings.timeout().multipliedBy(settings.apiRequests()).plusSeconds(1);
		List<HealthSample> found = new ArrayList<>();
		Map<UUID, Integer> sessions = new HashMap<>();
		// Not closed by waiting: a probe stuck past its bound (a connect that ignores interrupts) is left behind.
		ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
		try {
			List<CompletableFuture<ProbeResult>> running = probes.stream()
				.map((probe) -> CompletableFuture.supplyAsync(probe.call(), threads))
				.toList();
			for (int i = 0; i < probes.size(); i++) {
				Probe probe = probes.get(i);
				ProbeResult result = await(running.get(i), bound);
				Integer active = null;
				if (probe.kind().equals(HealthSample.LIVEKIT) && result.status() != ProbeStatus.DOWN) {
					Map<UUID, Integer> clientSessions = (probe.attribution() != null) ? probe.attribution().of(result.rooms())
							: ownRooms(probe.clientId(), result.rooms());
					clientSessions.forEach((client, n) -> sessions.merge(client, n, Integer::sum));
					active = clientSessions.values().stream().mapToInt(Integer::intValue).sum();
				}
				found.add(new HealthSample(at, probe.kind(), probe.target(), probe.clientId(), result.status(),
						result.latencyMillis(), result.p95Millis(), result.reason(), active));
			}
		}
		finally {
			threads.shutdownNow();
		}
		this.samples.record(at, found, sessions);
		this.samples.forgetBefore(at.minus(settings.keep()));
		return new Outcome(at, found, sessions);
	}

	/** A client's own server: all its rooms with a voice session are the client's. */
	private static Map<UUID, Integer> ownRooms(UUID client, List<LiveKitRoom> rooms) {
		int active = (int) rooms.stream().filter(LiveKitRoom::isActiveVoiceSession).count();
		return (active > 0) ? Map.of(client, active) : Map.of();
	}

	private static ProbeResult await(CompletableFuture<ProbeResult> probe, Duration bound) {
		try {
			return probe.get(bound.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			probe.cancel(true);
			return ProbeResult.down("no answer within " + bound.toMillis() + " ms", null);
		}
		catch (ExecutionException ex) {
			return ProbeResult.down(String.valueOf(ex.getCause().getMessage()), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ProbeResult.down("interrupted", null);
		}
	}

	/** One thing to probe. */
	private record Probe(String kind, String target, UUID clientId, Supplier<ProbeResult> call,
			VoiceSessions attribution) {
	}

}
