package com.sidekickforge.monitor.config;

import java.util.List;
import java.util.Map;

import com.sidekickforge.monitor.event.EventType;

/**
 * What each file under {@code config/} and {@code jobs/} may hold (DESIGN.md section 3). Rules that
 * involve several fields or files live in {@link ConfigRules}.
 */
final class ConfigSchema {

	static final List<String> ROLES = List.of("superadmin", "admin", "subscriber");

	static final List<String> WEBHOOK_EVENTS = EventType.webhookKeys();

	/** Fields every schedule has, whatever its job. */
	static final List<String> SCHEDULE_FIELDS = List.of("name", "job", "cron", "timezone", "misfire", "description",
			"enabled");

	private ConfigSchema() {
	}

	static Shape.Mapping tenants() {
		Shape.Mapping tenant = Shape.Mapping.builder()
			.required("client", Scalars.clientReference())
			.required("url", Scalars.jdbcUrl())
			.optional("username", Scalars.text())
			.optional("password", Scalars.text())
			.build();
		return Shape.Mapping.builder().optional("tenants", new Shape.Sequence(tenant)).build();
	}

	static Shape.Mapping recipients() {
		Shape.Mapping recipient = Shape.Mapping.builder()
			.required("email", Scalars.email())
			.optional("name", Scalars.singleLine())
			.required("role", Scalars.oneOf(ROLES.toArray(String[]::new)))
			.optional("clients", new Shape.Sequence(Scalars.clientReference()))
			.optional("alerts", Scalars.bool())
			.optional("alert-kinds", new Shape.Sequence(Scalars.oneOf(AlertKind.keys().toArray(String[]::new))))
			.optional("reports", new Shape.Sequence(Scalars.name()))
			.optional("timezone", Scalars.zone())
			.optional("quiet-hours", Scalars.timeRange())
			.optional("wake-at-limit", Scalars.bool())
			.optional("digest-at", Scalars.timeOfDay())
			.build();
		Shape.Mapping threshold = Shape.Mapping.builder()
			.required("client", Scalars.clientReference())
			.required("percents", new Shape.Sequence(Scalars.integer(1, 1000)))
			.build();
		return Shape.Mapping.builder()
			.optional("recipients", new Shape.Sequence(recipient))
			.optional("thresholds", new Shape.Sequence(threshold))
			.build();
	}

	static Shape.Mapping webhooks() {
		Shape.Mapping endpoint = Shape.Mapping.builder()
			.required("name", Scalars.name())
			.required("url", Scalars.httpUrl())
			.required("secret", Scalars.webhookSecret())
			.required("events", new Shape.Sequence(Scalars.oneOf(WEBHOOK_EVENTS.toArray(String[]::new))))
			.optional("clients", new Shape.Sequence(Scalars.clientReference()))
			.optional("allow-private", Scalars.bool())
			.build();
		return Shape.Mapping.builder().optional("endpoints", new Shape.Sequence(endpoint)).build();
	}

	static Shape.Mapping users() {
		Shape.Mapping user = Shape.Mapping.builder()
			.required("name", Scalars.name())
			.required("role", Scalars.oneOf(ROLES.toArray(String[]::new)))
			.optional("clients", new Shape.Sequence(Scalars.clientReference()))
			.required("token-sha256", Scalars.sha256Hex())
			.optional("rate-limit", Scalars.integer(1, 1_000_000))
			.build();
		return Shape.Mapping.builder().optional("users", new Shape.Sequence(user)).build();
	}

	/**
	 * A schedule: the common fields and the parameters some job lets a schedule set, held to that job's declared
	 * rule (which ones fit the schedule's job is checked by the rules).
	 */
	static Shape.Mapping schedule(JobCatalog jobs) {
		Shape.Mapping.Builder schedule = Shape.Mapping.builder()
			.required("name", Scalars.name())
			.required("job", Scalars.oneOf(jobs.names().toArray(String[]::new)))
			.required("cron", Scalars.cron())
			.required("timezone", Scalars.zone())
			.optional("misfire", Scalars.oneOf("fire-once", "skip"))
			.optional("description", Scalars.text())
			.optional("enabled", Scalars.bool());
		jobs.scheduledShapes().forEach(schedule::optional);
		return schedule.build();
	}

	/** The {@code forge.*} settings of {@code application.yml}, by their canonical (kebab-case) names. */
	static Map<String, Shape> settings() {
		return Map.ofEntries(Map.entry("forge.platform.url", Scalars.jdbcUrl()),
				Map.entry("forge.platform.username", Scalars.text()),
				Map.entry("forge.platform.password", Scalars.text()), Map.entry("forge.store.url", Scalars.jdbcUrl()),
				Map.entry("forge.store.username", Scalars.text()), Map.entry("forge.store.password", Scalars.text()),
				Map.entry("forge.thresholds", new Shape.Sequence(Scalars.integer(1, 1000))),
				Map.entry("forge.timezone", Scalars.zone()), Map.entry("forge.output-dir", Scalars.text()),
				Map.entry("forge.mail.transport", Scalars.oneOf("smtp", "file")),
				Map.entry("forge.mail.from", Scalars.email()),
				Map.entry("forge.mail.connect-timeout", Scalars.duration()),
				Map.entry("forge.mail.read-timeout", Scalars.duration()),
				Map.entry("forge.mail.write-timeout", Scalars.duration()), Map.entry("forge.livekit.url", Scalars.livekitUrl()),
				Map.entry("forge.livekit.api-key", Scalars.text()),
				Map.entry("forge.livekit.api-secret", Scalars.text()), Map.entry("forge.livekit.name", Scalars.singleLine()),
				Map.entry("forge.admin-base-url", Scalars.httpUrl()), Map.entry("forge.config-dir", Scalars.text()),
				Map.entry("forge.jobs-dir", Scalars.text()),
				Map.entry("forge.rollup.backfill-days", Scalars.integer(0, 4000)),
				Map.entry("forge.rollup.tolerance-percent", Scalars.integer(0, 100)),
				Map.entry("forge.rollup.tolerance-minimum", Scalars.integer(0, Integer.MAX_VALUE)),
				Map.entry("forge.rollup.snapshot-window", Scalars.duration()),
				Map.entry("forge.rollup.clients-per-chunk", Scalars.integer(1, 10_000)),
				Map.entry("forge.rollup.parallel-reads", Scalars.integer(1, 16)),
				Map.entry("forge.outbox.retry-schedule", new Shape.Sequence(Scalars.duration())),
				Map.entry("forge.outbox.lease", Scalars.duration()),
				Map.entry("forge.outbox.batch-size", Scalars.integer(1, 10_000)),
				Map.entry("forge.webhooks.timeout", Scalars.duration()),
				Map.entry("forge.reports.online-window", Scalars.duration()),
				Map.entry("forge.reports.timeline-events", Scalars.integer(1, 10_000)),
				Map.entry("forge.reports.tier-comparison-minimum", Scalars.integer(2, 10_000)),
				Map.entry("forge.reports.threads", Scalars.integer(0, 64)),
				Map.entry("forge.publish.keep", Scalars.integer(0, 1000)),
				Map.entry("forge.publish.base-url", Scalars.httpUrl()),
				Map.entry("forge.publish.precompress", Scalars.bool()),
				Map.entry("forge.notices.job-failed-grace", Scalars.duration()),
				Map.entry("forge.api.rate-limit", Scalars.integer(1, 1_000_000)),
				Map.entry("forge.api.data-cache", Scalars.duration()),
				Map.entry("forge.auth.sign-in-attempts", Scalars.integer(1, 10_000)),
				Map.entry("forge.auth.platform.jwt-secret", Scalars.text()),
				Map.entry("forge.auth.platform.jwks-url", Scalars.httpUrl()),
				Map.entry("forge.auth.platform.issuer", Scalars.httpUrl()),
				Map.entry("forge.auth.platform.audience", Scalars.singleLine()),
				Map.entry("forge.auth.platform.clock-skew", Scalars.duration()),
				Map.entry("forge.auth.platform.cache", Scalars.duration()),
				Map.entry("forge.alerts.projections", Scalars.bool()),
				Map.entry("forge.alerts.unusual-days", Scalars.bool()),
				Map.entry("forge.alerts.projection-days", Scalars.integer(1, 31)),
				Map.entry("forge.alerts.anomaly.score", Scalars.decimal(1, 1000)),
				Map.entry("forge.alerts.anomaly.minimum-voice-minutes", Scalars.integer(0, 1_000_000)),
				Map.entry("forge.alerts.anomaly.minimum-text-messages", Scalars.integer(0, 100_000_000)),
				Map.entry("forge.alerts.anomaly.minimum-embedding-chunks", Scalars.integer(0, 100_000_000)),
				Map.entry("forge.alerts.anomaly.history-days", Scalars.integer(1, 28)),
				Map.entry("forge.partitions.grid", Scalars.integer(1, 1000)),
				Map.entry("forge.partitions.threads", Scalars.integer(1, 64)),
				Map.entry("forge.partitions.remote", Scalars.bool()),
				Map.entry("forge.partitions.queue", Scalars.singleLine()),
				Map.entry("forge.partitions.poll", Scalars.duration()),
				Map.entry("forge.partitions.report-slices", Scalars.integer(1, 256)),
				Map.entry("forge.health.timeout", Scalars.duration()),
				Map.entry("forge.health.livekit-budget", Scalars.duration()),
				Map.entry("forge.health.database-budget", Scalars.duration()),
				Map.entry("forge.health.api-budget", Scalars.duration()),
				Map.entry("forge.health.api-requests", Scalars.integer(1, 100)),
				Map.entry("forge.health.api-endpoints", new Shape.Sequence(new Shape.Mapping(
						Map.of("name", Scalars.singleLine(), "url", Scalars.httpUrl()), List.of("name", "url")))),
				Map.entry("forge.health.freshness", Scalars.duration()),
				Map.entry("forge.health.keep", Scalars.duration()),
				Map.entry("forge.health.error-rate-degraded", Scalars.integer(0, 100)),
				Map.entry("forge.health.error-rate-down", Scalars.integer(0, 100)), Map.entry("forge.templates-dir", Scalars.text()),
				Map.entry("forge.now", Scalars.text()));
	}

}
