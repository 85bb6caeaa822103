package com.sidekickforge.monitor.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code forge.*} setting, bound once and validated at start-up. Database URLs left empty mean the
 * embedded H2 databases under the output directory.
 *
 * @param platform the Sidekick Forge platform database (read only)
 * @param store Forge Monitor's own store
 * @param thresholds quota percentages that raise an alert
 * @param alerts the alerts ahead of the thresholds: projected exhaustion and unusual days
 * @param timezone the billing time zone: months, days and "yesterday" are counted here
 * @param outputDir where reports, mails, webhooks and the embedded databases go
 * @param adminBaseUrl the Sidekick Forge admin, for links in reports and mails; unset: they link nowhere into it
 * @param configDir where {@code tenants.yml}, {@code recipients.yml}, ... are read from
 * @param jobsDir where the schedules ({@code *.yml}) are read from
 * @param rollup how the daily rollup snapshots, backfills and reconciles
 * @param outbox how mails and webhooks are retried
 * @param webhooks how webhooks are called
 * @param reports what reports show
 * @param publish how published reports are kept
 * @param notices how often failures are announced
 * @param api how {@code serve}'s HTTP API answers
 * @param partitions how partitioned steps spread over the nodes
 * @param health how the health check probes LiveKit, the databases and the API
 * @param auth how people and service accounts sign in to {@code serve}
 * @param templatesDir the Thymeleaf templates of the dashboard and the mails (packaged copies fill gaps)
 * @param now a fixed "now" (ISO instant) instead of the system clock: for tests and replays only
 */
@Validated
@ConfigurationProperties("forge")
public record ForgeProperties(@Valid @DefaultValue Database platform, @Valid @DefaultValue Database store,
		@DefaultValue({ "80", "90", "100" }) @NotEmpty List<Integer> thresholds, @Valid @DefaultValue Alerts alerts,
		@DefaultValue("UTC") @NotNull ZoneId timezone,
		@DefaultValue("out") @NotNull Path outputDir, @Valid @DefaultValue Mail mail, @Valid @DefaultValue Livekit livekit,
		URI adminBaseUrl, @DefaultValue("config") @NotNull Path configDir,
		@DefaultValue("jobs") @NotNull Path jobsDir, @Valid @DefaultValue Rollup rollup, @Valid @DefaultValue Outbox outbox,
		@Valid @DefaultValue Webhooks webhooks, @Valid @DefaultValue Reports reports, @Valid @DefaultValue Publish publish,
		@Valid @DefaultValue Notices notices, @Valid @DefaultValue Api api, @Valid @DefaultValue Partitions partitions,
		@Valid @DefaultValue Health health, @Valid @DefaultValue Auth auth,
		@DefaultValue("report-templates") @NotNull Path templatesDir, Instant now) {

	/** H2 settings that make it accept and answer PostgreSQL's SQL the way our queries expect. */
	public static final String H2_POSTGRES_MODE = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	/**
	 * Alerts before a threshold is reached.
	 *
	 * @param projections whether projected exhaustions are announced ({@code backtest-alerts} replays them either way)
	 * @param unusualDays whether unusual days are announced
	 * @param projectionDays a quota projected to run out within this many days from now (and before its period ends)
	 * is announced, while still under 80 %
	 * @param anomaly when a sidekick's day is far above its own normal
	 */
	public record Alerts(@DefaultValue("true") boolean projections, @DefaultValue("true") boolean unusualDays,
			@DefaultValue("7") @Min(1) @Max(31) int projectionDays, @Valid @DefaultValue Anomaly anomaly) {
	}

	/**
	 * Unusual days: a day at least {@code score} robust deviations above the sidekick's median of its trailing four
	 * weeks, and at least the minimum above it.
	 *
	 * @param score robust deviations (1.4826 median absolute deviations, at least a tenth of the median)
	 * @param minimumVoiceMinutes, minimumTextMessages, minimumEmbeddingChunks how far above the median a day must be
	 * at least, so that small numbers never alert
	 * @param historyDays days of the four weeks a sidekick must have been in use before its days are judged
	 */
	public record Anomaly(@DefaultValue("5") @DecimalMin("1") double score,
			@DefaultValue("30") @Min(0) long minimumVoiceMinutes, @DefaultValue("50") @Min(0) long minimumTextMessages,
			@DefaultValue("1000") @Min(0) long minimumEmbeddingChunks,
			@DefaultValue("14") @Min(1) @Max(28) int historyDays) {
	}

	/** A JDBC connection: url, user name and password. */
	public record Database(String url, String username, String password) {
	}

	/**
	 * How mail leaves: {@code smtp} (spring.mail.*) or {@code file} (.eml files under the output dir).
	 *
	 * @param connectTimeout longest wait for the SMTP server to accept the connection
	 * @param readTimeout longest wait for any answer of the server (its greeting, a reply)
	 * @param writeTimeout longest a write to the server may block
	 */
	public record Mail(@DefaultValue("file") @NotNull Transport transport, @DefaultValue("forge-monitor@localhost") String from,
			@DefaultValue("10s") @NotNull Duration connectTimeout, @DefaultValue("30s") @NotNull Duration readTimeout,
			@DefaultValue("30s") @NotNull Duration writeTimeout) {

		public enum Transport {

			SMTP, FILE

		}

	}

	/**
	 * The daily rollup.
	 *
	 * @param backfillDays days rebuilt from the event tables before the first snapshot
	 * @param tolerancePercent counters and events may differ by this much before it is a tracking gap
	 * @param toleranceMinimum ... and by at least this many units (seconds, messages, chunks)
	 * @param snapshotWindow how long after the end of a day its counters may still be snapshot
	 * @param clientsPerChunk clients whose daily usage is committed together (the restart granularity)
	 * @param parallelReads event queries run at the same time against the source databases
	 */
	public record Rollup(@DefaultValue("400") @Min(0) int backfillDays, @DefaultValue("5") @Min(0) double tolerancePercent,
			@DefaultValue("10") @Min(0) long toleranceMinimum, @DefaultValue("6h") @NotNull Duration snapshotWindow,
			@DefaultValue("50") @Min(1) int clientsPerChunk, @DefaultValue("2") @Min(1) int parallelReads) {
	}

	/**
	 * The outbox every mail and webhook leaves from.
	 *
	 * @param retrySchedule the wait before each attempt (Standard Webhooks' schedule); then dead-lettered
	 * @param lease how long a worker may take to deliver one message before another worker takes it over
	 * @param batchSize messages leased per query
	 */
	public record Outbox(
			@DefaultValue({ "0s", "5s", "5m", "30m", "2h", "5h", "10h", "14h", "20h", "24h" }) @NotEmpty List<Duration> retrySchedule,
			@DefaultValue("2m") @NotNull Duration lease, @DefaultValue("100") @Min(1) int batchSize) {
	}

	/**
	 * What reports show.
	 *
	 * @param onlineWindow a sidekick with activity this recent is online
	 * @param timelineEvents the newest events of the activity timeline kept per client
	 * @param tierComparisonMinimum a client is compared with its tier's average only when the tier has at least
	 * this many clients, so that the average cannot reveal another client's numbers
	 * @param threads clients' reports written at once; 0 (the default) means one per core
	 */
	public record Reports(@DefaultValue("15m") @NotNull Duration onlineWindow,
			@DefaultValue("200") @Min(1) int timelineEvents, @DefaultValue("5") @Min(2) int tierComparisonMinimum,
			@Min(0) int threads) {

		/** Threads writing clients' reports: as configured, else one per core. */
		@Override
		public int threads() {
			return (this.threads > 0) ? this.threads : Runtime.getRuntime().availableProcessors();
		}

	}

	/** @param jobFailedGrace a job's failures are announced ({@code job.failed}) at most once in this time */
	public record Notices(@DefaultValue("1h") @NotNull Duration jobFailedGrace) {
	}

	/**
	 * The HTTP API of {@code serve}.
	 *
	 * @param rateLimit requests a token may make per minute (a burst of as many, refilled evenly); more are refused
	 * with 429 and {@code Retry-After}
	 * @param dataCache how long the data read for one period is reused by the next requests (the live page's
	 * partials poll every 15 to 60 s; each read covers every client)
	 */
	public record Api(@DefaultValue("120") @Min(1) int rateLimit, @DefaultValue("15s") @NotNull Duration dataCache) {
	}

	/**
	 * Signing in to {@code serve}: people with their Sidekick Forge access token, service accounts with a
	 * {@code users.yml} token.
	 *
	 * @param platform how Sidekick Forge's access tokens are verified
	 * @param signInAttempts failed sign-ins (a wrong token, at the login page or as a bearer) one address may make
	 * per minute before it is answered 429
	 */
	public record Auth(@Valid @DefaultValue Platform platform, @DefaultValue("10") @Min(1) int signInAttempts) {
	}

	/**
	 * Sidekick Forge's access tokens (Supabase JWTs), verified here without asking the auth server: signed with the
	 * project's JWT secret (HS256) or with a key of its JWKS. Neither set: people cannot sign in, service accounts
	 * can.
	 *
	 * @param jwtSecret the project's JWT secret (from the environment, never a file in the repository)
	 * @param jwksUrl the project's JWKS ({@code <issuer>/.well-known/jwks.json}), fetched and cached
	 * @param issuer the project's {@code https://<project>.supabase.co/auth/v1}; when set, tokens must name it
	 * @param audience what the tokens must be for
	 * @param clockSkew how far the clocks of the auth server and this one may differ on expiry
	 * @param cache how long a person's role and clients, read from the platform database, are reused
	 */
	public record Platform(String jwtSecret, URI jwksUrl, String issuer,
			@DefaultValue("authenticated") @NotNull String audience, @DefaultValue("30s") @NotNull Duration clockSkew,
			@DefaultValue("60s") @NotNull Duration cache) {

		/** Whether people can sign in at all: a secret or a JWKS to check their tokens with. */
		public boolean enabled() {
			return (this.jwtSecret != null && !this.jwtSecret.isBlank()) || this.jwksUrl != null;
		}

	}

	/**
	 * Partitioned steps (the rollup's event reads and daily usage, the report's client files): split by client, run
	 * on local threads, or, with a broker, sent as Spring Batch step execution requests through a RabbitMQ queue to
	 * the {@code serve} nodes, where a partition whose worker dies is delivered to another.
	 *
	 * @param grid how many partitions a step is split into (at most; fewer when there are fewer clients)
	 * @param threads partitions one node runs at the same time: local threads, or a worker's consumers of the queue
	 * @param remote whether partitions go through RabbitMQ ({@code spring.rabbitmq.*}) to the {@code serve} nodes
	 * @param queue the durable queue of partition requests, shared by the managers and workers of one store
	 * @param poll how often a manager reads its partitions' outcome in the job repository and looks at the broker
	 * @param reportSlices slices of clients a report run is written in, each reading the period once: one per worker
	 * node is the useful number
	 */
	public record Partitions(@DefaultValue("8") @Min(1) int grid, @DefaultValue("2") @Min(1) @Max(64) int threads,
			@DefaultValue("false") boolean remote, @DefaultValue("forge.partitions") @NotBlank String queue,
			@DefaultValue("1s") @NotNull Duration poll, @DefaultValue("1") @Min(1) @Max(256) int reportSlices) {
	}

	/**
	 * The {@code health-check} job's probes.
	 *
	 * @param timeout a probe not answered within this is down (connecting and the answer)
	 * @param livekitBudget a LiveKit answer slower than this is degraded
	 * @param databaseBudget a database answer (connection and {@code SELECT 1}) slower than this is degraded
	 * @param apiBudget an API endpoint whose average answer is slower than this is degraded
	 * @param apiRequests requests made to each API endpoint per check (average and p95 of them)
	 * @param apiEndpoints Sidekick Forge's HTTP endpoints to time
	 * @param freshness reports show samples no older than this; older ones are "not checked" again
	 * @param errorRateDegraded a client whose failed share of actions and probes today reaches this percent is
	 * degraded
	 * @param errorRateDown ... and down from this percent
	 * @param keep samples older than this are deleted by the next check (reports read a period's probes: keep at
	 * least the longest report period)
	 */
	public record Health(@DefaultValue("5s") @NotNull Duration timeout,
			@DefaultValue("1s") @NotNull Duration livekitBudget, @DefaultValue("500ms") @NotNull Duration databaseBudget,
			@DefaultValue("1s") @NotNull Duration apiBudget, @DefaultValue("3") @Min(1) int apiRequests,
			@DefaultValue List<@Valid ApiEndpoint> apiEndpoints, @DefaultValue("15m") @NotNull Duration freshness,
			@DefaultValue("5") @Min(0) double errorRateDegraded, @DefaultValue("25") @Min(0) double errorRateDown,
			@DefaultValue("400d") @NotNull Duration keep) {

		/** One Sidekick Forge endpoint to time: a name for reports, and the URL (GET). */
		public record ApiEndpoint(@NotNull String name, @NotNull URI url) {
		}

	}

	/**
	 * @param keep earlier generations kept under {@code <output-dir>/generations/} beside the current one, newest first
	 * @param baseUrl where the output directory is served from (its {@code site/} and {@code exports/}), for the
	 * links of {@code report.published}; empty: the webhook names files relative to the output directory only
	 * @param precompress whether each page, JSON and CSV file gets a gzip copy beside it ({@code name.gz}) for a
	 * web server that sends those as they are (nginx {@code gzip_static}, Apache {@code mod_rewrite} rules)
	 */
	public record Publish(@DefaultValue("5") @Min(0) int keep, URI baseUrl, @DefaultValue("false") boolean precompress) {
	}

	/** @param timeout for connecting and for the answer */
	public record Webhooks(@DefaultValue("15s") @NotNull Duration timeout) {
	}

	/**
	 * The platform's LiveKit server.
	 *
	 * @param name how reports name it
	 */
	public record Livekit(String url, String apiKey, String apiSecret, @DefaultValue("platform LiveKit") String name) {
	}

	/** The output directory as an absolute path. */
	public Path outputPath() {
		return this.outputDir.toAbsolutePath().normalize();
	}

	/** Where the embedded databases live: {@code <output-dir>/data}. */
	public Path dataPath() {
		return outputPath().resolve("data");
	}

	/** The platform database's URL: as configured, or the embedded demo database. */
	public String platformUrl() {
		return hasText(this.platform.url()) ? this.platform.url() : embeddedUrl("platform");
	}

	public String storeUrl() {
		return hasText(this.store.url()) ? this.store.url() : embeddedUrl("store");
	}

	/** Whether the platform database is the embedded demo database, which {@code demo} may fill. */
	public boolean platformIsEmbedded() {
		return platformUrl().equals(embeddedUrl("platform"));
	}

	/** An embedded H2 file database under the data directory. */
	public String embeddedUrl(String name) {
		return h2FileUrl(dataPath().resolve(name));
	}

	/**
	 * The URL of an embedded H2 file database (path without {@code .mv.db}) in PostgreSQL mode; other
	 * processes (such as {@code forge-monitor sql}) may open it while it is in use.
	 */
	public static String h2FileUrl(Path file) {
		return "jdbc:h2:file:" + file.toAbsolutePath().normalize() + H2_POSTGRES_MODE + ";AUTO_SERVER=TRUE";
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
