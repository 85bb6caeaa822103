package com.sidekickforge.monitor.report.assembly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.health.HealthSample;
import com.sidekickforge.monitor.health.ProbeCounts;
import com.sidekickforge.monitor.health.ProbeStatus;
import com.sidekickforge.monitor.report.model.HealthSummary;
import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.model.ReportScope;
import com.sidekickforge.monitor.report.read.ClientFacts;
import com.sidekickforge.monitor.report.read.HealthFacts;
import com.sidekickforge.monitor.report.read.ReportDataset;

/**
 * Builds a scope's health panel from the newest health check and the report's own reads. The report of all
 * clients sees every probe and every client's health, and lists whatever is not healthy first. A client's scope
 * sees its own things (its LiveKit, its tenant database) and, under the product's name and without the reason's
 * hosts, the shared LiveKit and database its sidekicks use: nothing of the operator's own infrastructure (the store,
 * the probes' names and addresses), nothing of another client.
 */
final class HealthAssembler {

	static final String NOT_CHECKED = "not_checked";

	/** The shared LiveKit as a client's report names it. */
	static final String SHARED_LIVEKIT = "Sidekick Forge LiveKit";

	/** The platform database as a shared client's report names it (its tables live there). */
	static final String SHARED_DATABASE = "Sidekick Forge database";

	private static final String PLATFORM_DATABASE = "platform database";

	private final ErrorRates errorRates;

	HealthAssembler(ForgeProperties.Health settings) {
		this.errorRates = new ErrorRates(settings.errorRateDegraded(), settings.errorRateDown());
	}

	HealthSummary of(List<ClientFacts> clients, ReportDataset data, ReportScope scope, ReportPeriod period,
			PeriodFigures now, Map<UUID, PeriodFigures> perClient) {
		HealthFacts facts = data.health();
		List<HealthSample> visible = scope.seesPlatform() ? facts.samples() : clientView(clients, facts.samples());
		List<HealthSummary.DatabaseHealth> databases = databases(clients, data, visible, scope.seesPlatform());
		HealthSample server = livekitServer((clients.size() == 1 && !scope.seesPlatform()) ? clients.get(0).id() : null,
				visible);
		String livekit = (server != null) ? server.status().key() : NOT_CHECKED;
		String api = api(facts.samples());
		List<HealthSummary.ClientHealth> clientHealth = new ArrayList<>();
		for (ClientFacts client : clients) {
			clientHealth.add(client(client, data, visible, perClient.get(client.id())));
		}
		// Every probe this scope sees counts (a client's own LiveKit too), and every database as the report read it.
		String status = NOT_CHECKED;
		for (HealthSample sample : visible) {
			status = worse(status, sample.status().key());
		}
		for (HealthSummary.DatabaseHealth database : databases) {
			status = worse(status, database.status());
		}
		// The scope's error rate: its clients' actions in the activity log and the probes of their own things.
		Map<LocalDate, ProbeCounts> probesOfScope = new TreeMap<>();
		for (ClientFacts client : clients) {
			data.health().probes().getOrDefault(client.id(), Map.of()).forEach((day, counts) -> {
				if (period.contains(day)) {
					probesOfScope.merge(day, counts, ProbeCounts::plus);
				}
			});
		}
		List<HealthSummary.ErrorRateDay> scopeTrend = ErrorRates.trend(now.errorRateTrend(), probesOfScope);
		long actions = scopeTrend.stream().mapToLong(HealthSummary.ErrorRateDay::actions).sum();
		long failed = scopeTrend.stream().mapToLong(HealthSummary.ErrorRateDay::failed).sum();
		var errorRate = new HealthSummary.ErrorRate(actions, failed, ErrorRates.percent(actions, failed), scopeTrend);
		List<HealthSummary.Probe> probes = visible.stream()
			.map((s) -> new HealthSummary.Probe(s.kind(), s.target(), s.status().key(), s.latencyMillis(), s.p95Millis(),
					s.reason(), s.activeSessions()))
			.toList();
		String message = (facts.checkedAt() == null)
				? "No health check within the freshness window: LiveKit and API latency are not checked; databases as read"
						+ " while this report was built."
				: "Probed by the health check; databases also as read while this report was built.";
		return new HealthSummary(status, problems(probes, databases, clientHealth), livekit,
				(server != null) ? server.target() : null, List.copyOf(databases), api, "not tracked", errorRate, message,
				facts.checkedAt(), probes, List.copyOf(clientHealth));
	}

	/**
	 * What a client's report may show of a check: the client's own probes, and the shared LiveKit and platform
	 * database its sidekicks use (when they do) under the product's names, their reasons left out (they name the
	 * operator's hosts).
	 */
	private static List<HealthSample> clientView(List<ClientFacts> clients, List<HealthSample> samples) {
		List<HealthSample> view = new ArrayList<>();
		Set<UUID> ids = new HashSet<>();
		clients.forEach((c) -> ids.add(c.id()));
		samples.stream().filter((s) -> s.clientId() != null && ids.contains(s.clientId())).forEach(view::add);
		boolean sharedLiveKit = clients.stream().anyMatch((c) -> view.stream()
			.noneMatch((s) -> s.kind().equals(HealthSample.LIVEKIT) && c.id().equals(s.clientId())));
		boolean sharedDatabase = clients.stream().anyMatch((c) -> !c.identity().dedicated());
		for (HealthSample sample : samples) {
			if (sample.clientId() != null) {
				continue;
			}
			if (sharedLiveKit && sample.kind().equals(HealthSample.LIVEKIT)) {
				view.add(renamed(sample, SHARED_LIVEKIT));
			}
			if (sharedDatabase && sample.kind().equals(HealthSample.DATABASE) && PLATFORM_DATABASE.equals(sample.target())) {
				view.add(renamed(sample, SHARED_DATABASE));
			}
		}
		return view;
	}

	private static HealthSample renamed(HealthSample sample, String name) {
		return new HealthSample(sample.checkedAt(), sample.kind(), name, null, sample.status(), sample.latencyMillis(),
				sample.p95Millis(), null, sample.activeSessions());
	}

	/** Everything not healthy in the scope, down before degraded, each with its reason. */
	private static List<HealthSummary.Problem> problems(List<HealthSummary.Probe> probes,
			List<HealthSummary.DatabaseHealth> databases, List<HealthSummary.ClientHealth> clients) {
		List<HealthSummary.Problem> problems = new ArrayList<>();
		Set<String> named = new HashSet<>();
		for (HealthSummary.Probe probe : probes) {
			if (!"healthy".equals(probe.status()) && named.add(probe.target())) {
				problems.add(new HealthSummary.Problem(probe.target(), probe.status(), probe.reason()));
			}
		}
		for (HealthSummary.DatabaseHealth database : databases) {
			if (!"healthy".equals(database.status()) && named.add(database.name())) {
				problems.add(new HealthSummary.Problem(database.name(), database.status(), database.error()));
			}
		}
		for (HealthSummary.ClientHealth client : clients) {
			if (client.errorRatePercent() != null && !"healthy".equals(client.status()) && client.reason() != null
					&& client.reason().contains("error rate")) {
				problems.add(new HealthSummary.Problem("error rate of " + client.name(), client.status(), client.reason()));
			}
		}
		problems.sort(Comparator.comparingInt((HealthSummary.Problem p) -> "down".equals(p.status()) ? 0 : 1));
		return List.copyOf(problems);
	}

	/**
	 * Whether this scope's LiveKit answered well at the newest fresh check. The seed types it as a boolean: not
	 * checked is false (nothing vouches for it), and {@code health.livekit} says {@code not_checked}.
	 */
	static boolean livekitHealthy(HealthSummary health) {
		return "healthy".equals(health.livekit());
	}

	/** Voice sessions of the scope's clients at the check (and, for the platform, rooms of no known client). */
	static int activeSessions(List<ClientFacts> clients, ReportDataset data, ReportScope scope) {
		if (data.health().checkedAt() == null) {
			return 0; // none seen: health.checked_at (null) and health.livekit (not_checked) say why
		}
		int sessions = clients.stream().mapToInt((c) -> data.health().sessions().getOrDefault(c.id(), 0)).sum();
		return sessions + (scope.seesPlatform() ? data.health().sessions().getOrDefault(null, 0) : 0);
	}

	private static List<HealthSummary.DatabaseHealth> databases(List<ClientFacts> clients, ReportDataset data,
			List<HealthSample> visible, boolean platform) {
		List<HealthSummary.DatabaseHealth> databases = new ArrayList<>();
		String platformError = data.unreachable().get("platform");
		if (platform) {
			databases.add(database(PLATFORM_DATABASE, platformError, visible));
		}
		else if (clients.stream().anyMatch((c) -> !c.identity().dedicated())) {
			databases.add(database(SHARED_DATABASE, (platformError != null) ? "not reachable" : null, visible));
		}
		for (ClientFacts client : clients) {
			String key = client.id().toString();
			if (data.unreachable().containsKey(key) || client.identity().dedicated()) {
				databases.add(database("tenant database of " + client.identity().slug(), data.unreachable().get(key),
						visible));
			}
		}
		return databases;
	}

	/** A database as probed (when it was) and as read for the report: down if either failed. */
	private static HealthSummary.DatabaseHealth database(String name, String readError, List<HealthSample> visible) {
		HealthSample probe = visible.stream()
			.filter((s) -> s.kind().equals(HealthSample.DATABASE) && s.target().equals(name))
			.findFirst()
			.orElse(null);
		if (readError != null) {
			return new HealthSummary.DatabaseHealth(name, false, readError, "down",
					(probe != null) ? probe.latencyMillis() : null);
		}
		if (probe == null) {
			return new HealthSummary.DatabaseHealth(name, true, null, "healthy", null);
		}
		return new HealthSummary.DatabaseHealth(name, probe.status() != ProbeStatus.DOWN, probe.reason(),
				probe.status().key(), probe.latencyMillis());
	}

	/** A client's own LiveKit when it has one, else the platform's. */
	private static String livekitOf(UUID client, List<HealthSample> visible) {
		HealthSample server = livekitServer(client, visible);
		return (server != null) ? server.status().key() : NOT_CHECKED;
	}

	/** The sample of a client's own LiveKit when it has one, else the platform's; null when not checked. */
	private static HealthSample livekitServer(UUID client, List<HealthSample> visible) {
		HealthSample own = (client == null) ? null : visible.stream()
			.filter((s) -> s.kind().equals(HealthSample.LIVEKIT) && client.equals(s.clientId()))
			.findFirst()
			.orElse(null);
		return (own != null) ? own : visible.stream()
			.filter((s) -> s.kind().equals(HealthSample.LIVEKIT) && s.clientId() == null)
			.findFirst()
			.orElse(null);
	}

	private static String api(List<HealthSample> visible) {
		List<HealthSample> api = visible.stream().filter((s) -> s.kind().equals(HealthSample.API)).toList();
		if (api.isEmpty()) {
			return NOT_CHECKED;
		}
		ProbeStatus worst = ProbeStatus.HEALTHY;
		for (HealthSample sample : api) {
			worst = worst.worst(sample.status());
		}
		return worst.key();
	}

	private HealthSummary.ClientHealth client(ClientFacts client, ReportDataset data, List<HealthSample> visible,
			PeriodFigures figures) {
		String livekit = livekitOf(client.id(), visible);
		String database = "shared";
		List<String> reasons = new ArrayList<>();
		String readError = data.unreachable().get(client.id().toString());
		if (client.identity().dedicated() || readError != null) {
			var tenant = database("tenant database of " + client.identity().slug(), readError, visible);
			database = tenant.status();
			if (!"healthy".equals(database)) {
				reasons.add("tenant database " + database + ((tenant.error() != null) ? ": " + tenant.error() : ""));
			}
		}
		// The newest failure says what is wrong; how many checks failed says for how long (each check's own reason
		// would repeat the same words once per check).
		List<HealthSample> failed = visible.stream()
			.filter((s) -> s.kind().equals(HealthSample.LIVEKIT) && client.id().equals(s.clientId())
					&& s.status() != ProbeStatus.HEALTHY)
			.sorted(Comparator.comparing(HealthSample::checkedAt))
			.toList();
		if (!failed.isEmpty()) {
			HealthSample last = failed.getLast();
			reasons.add("own LiveKit " + last.status().key() + ((failed.size() > 1) ? " in " + failed.size() + " checks" : "")
					+ ((last.reason() != null) ? ", last: " + last.reason() : ""));
		}
		List<HealthSummary.ErrorRateDay> trend = ErrorRates.trend(
				(figures != null) ? figures.errorRateTrend() : List.of(),
				data.health().probes().getOrDefault(client.id(), Map.of()));
		Double today = trend.isEmpty() ? null : trend.getLast().percent();
		String errors = this.errorRates.status(today);
		if (!"healthy".equals(errors)) {
			reasons.add(String.format(Locale.ROOT, "error rate %.1f %%", today));
		}
		String status = worse(worse(livekit, "shared".equals(database) ? NOT_CHECKED : database), errors);
		return new HealthSummary.ClientHealth(client.id(), client.identity().name(), client.identity().slug(), status,
				livekit, database, today, trend, reasons.isEmpty() ? null : String.join("; ", reasons));
	}

	/** The worse of two statuses; "not checked" counts only when nothing was. */
	static String worse(String a, String b) {
		if (NOT_CHECKED.equals(a)) {
			return b;
		}
		if (NOT_CHECKED.equals(b)) {
			return a;
		}
		return ProbeStatus.of(a).worst(ProbeStatus.of(b)).key();
	}

}
