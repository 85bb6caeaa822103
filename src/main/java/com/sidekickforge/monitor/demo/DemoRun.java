package com.sidekickforge.monitor.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Service;

import com.sidekickforge.monitor.alert.QuotaNotices;
import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.health.HealthSamples;
import com.sidekickforge.monitor.health.PlatformLiveKit;
import com.sidekickforge.monitor.config.PlatformDatabase;
import com.sidekickforge.monitor.outbox.Outbox;
import com.sidekickforge.monitor.rollup.RollupResults;
import com.sidekickforge.monitor.run.JobRuns;
import com.sidekickforge.monitor.run.RunOutcome;
import com.sidekickforge.monitor.sampledata.ClientProfile;
import com.sidekickforge.monitor.sampledata.ClientRoster;
import com.sidekickforge.monitor.sampledata.GenerationProgress;
import com.sidekickforge.monitor.sampledata.GenerationSummary;
import com.sidekickforge.monitor.sampledata.SampleDataGenerator;
import com.sidekickforge.monitor.sampledata.SampleDataSpec;

/**
 * Runs the demo: makes sure the embedded databases hold the requested dataset (generating it only when
 * they do not), lists the tenant databases in the demo's {@code tenants.yml}, and reports what is where.
 */
@Service
public class DemoRun {

	/** Bumped whenever the generator's output changes, so that older demo databases are rebuilt. */
	private static final String GENERATOR_VERSION = "3";

	private static final List<String> PLATFORM_TABLES = List.of("tier_quotas", "clients", "user_clients",
			"roles", "platform_role_memberships", "tenant_memberships", "agent_usage", "livekit_events", "activity_log");

	private static final List<String> TENANT_TABLES = List.of("agents", "conversations", "conversation_transcripts",
			"documents", "document_chunks");

	private final ForgeProperties properties;

	private final PlatformLiveKit platformLiveKit;

	private final HealthSamples healthSamples;

	private final DataSource platform;

	private final DemoDatasets datasets;

	private final JobRuns jobs;

	private final RollupResults rollups;

	private final QuotaNotices notices;

	private final Outbox outbox;

	DemoRun(ForgeProperties properties, @PlatformDatabase DataSource platform, DemoDatasets datasets, JobRuns jobs,
			RollupResults rollups, QuotaNotices notices, Outbox outbox, PlatformLiveKit platformLiveKit,
			HealthSamples healthSamples) {
		this.platformLiveKit = platformLiveKit;
		this.healthSamples = healthSamples;
		this.notices = notices;
		this.outbox = outbox;
		this.properties = properties;
		this.platform = platform;
		this.datasets = datasets;
		this.jobs = jobs;
		this.rollups = rollups;
	}

	public DemoOutcome run(DemoRequest request, GenerationProgress progress) {
		if (!this.properties.platformIsEmbedded()) {
			throw new DemoException("The demo fills only its own embedded database under "
					+ this.properties.dataPath() + ", but forge.platform.url is " + this.properties.platformUrl()
					+ ". Unset it, or fill another database with `forge-monitor generate --url ...`.");
		}
		SampleDataSpec spec = SampleDataSpec.of(request.seed(), request.clients(), request.asOf(),
				this.properties.timezone())
			.withNotAfter(request.notAfter());
		String fingerprint = "generator=" + GENERATOR_VERSION + " seed=" + spec.seed() + " clients=" + spec.clients()
				+ " as-of=" + spec.asOf() + " zone=" + spec.zone().getId();
		List<ClientProfile> clients = ClientRoster.of(spec);
		DemoTenants tenants = new DemoTenants(this.properties.dataPath().resolve("tenants"));
		boolean reuse = fingerprint.equals(this.datasets.fingerprint().orElse(null)) && tenants.allExist(clients);
		Duration generation = Duration.ZERO;
		if (!reuse) {
			this.datasets.forget();
			JdbcClient.create(this.platform).sql("DROP ALL OBJECTS").update();
			tenants.reset();
			GenerationSummary summary = new SampleDataGenerator(1000, 1).generate(spec, this.platform, tenants,
					progress);
			generation = summary.elapsed();
			this.datasets.remember(fingerprint, spec.seed(), spec.clients(), spec.asOf(), summary.totalRows(),
					Instant.now());
		}
		var tenantsFile = tenants.writeConfig(this.properties.configDir().resolve("tenants.yml"), clients);
		// The people who sign in to serve, as the platform knows them, each with a token of the demo's own secret.
		List<DemoOutcome.Person> people = DemoPeople.of(spec.seed(), clients);
		DemoPeople.grant(this.platform, people);
		String secret = DemoPeople.secret(this.properties.dataPath());
		// The jobs, once: the rollup of the as-of day backfills the history from the events; the alerts are
		// evaluated as of the end of the data (the as-of day may lie in the past).
		List<RunOutcome> runs;
		// The health check asks the demo's own LiveKit stand-ins (real HTTP on loopback), now: its samples are
		// shown by the report when the demo's as-of moment is within forge.health.freshness of now.
		try (DemoLiveKit livekit = new DemoLiveKit(this.platformLiveKit, this.platform, clients, Clock.systemUTC())) {
			runs = List.of(this.jobs.run("daily-rollup", Map.of("date", spec.asOf().toString()), true),
					this.jobs.run("quota-alerts", Map.of("at", request.notAfter().toString()), true),
					this.jobs.run("health-check", Map.of("at", request.notAfter().toString()), true),
					this.jobs.run("report", Map.of("at", request.notAfter().toString()), true));
		}
		return new DemoOutcome(reuse, clients, countRows(clients, tenants), generation,
				this.properties.outputPath(), this.properties.dataPath().resolve("platform.mv.db"),
				tenants.databases(clients), tenantsFile.toAbsolutePath(), runs, this.rollups.summary(),
				this.notices.between(null, Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z")), this.outbox.depth(),
				this.healthSamples.latestCheck(request.notAfter().minusSeconds(60), request.notAfter())
					.map(this.healthSamples::samples)
					.orElse(List.of()),
				DemoPeople.withTokens(people, secret, Instant.now()),
				this.properties.dataPath().resolve("demo-jwt-secret").toAbsolutePath());
	}

	private Map<String, Long> countRows(List<ClientProfile> clients, DemoTenants tenants) {
		Map<String, Long> rows = new TreeMap<>();
		count(this.platform, PLATFORM_TABLES, rows);
		count(this.platform, TENANT_TABLES, rows);
		for (ClientProfile client : clients) {
			if (client.dedicated()) {
				count(new DriverManagerDataSource(tenants.url(client)), TENANT_TABLES, rows);
			}
		}
		return rows;
	}

	private static void count(DataSource database, List<String> tables, Map<String, Long> rows) {
		JdbcClient jdbc = JdbcClient.create(database);
		for (String table : tables) {
			long count = jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
			rows.merge(table, count, Long::sum);
		}
	}

}
