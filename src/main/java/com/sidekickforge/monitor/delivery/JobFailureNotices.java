package com.sidekickforge.monitor.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import com.sidekickforge.monitor.config.Recipient;
import com.sidekickforge.monitor.config.Recipients;
import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.Role;
import com.sidekickforge.monitor.outbox.Channel;
import com.sidekickforge.monitor.outbox.Outbox;
import com.sidekickforge.monitor.outbox.OutboxMessage;
import com.sidekickforge.monitor.outbox.OutboxWorker;
import com.sidekickforge.monitor.run.RunListener;
import com.sidekickforge.monitor.run.RunOutcome;
import com.sidekickforge.monitor.webhook.WebhookEndpoints;

/**
 * Announces failed runs: a {@code job.failed} mail to every superadmin of {@code recipients.yml} and a webhook to
 * every endpoint that asks for it, at most once per job per {@code forge.notices.job-failed-grace}, decided by
 * the store (the gate row's conditional update, or its insert the first time), so two nodes failing at once
 * announce once. Written to the outbox in one transaction with the gate, then delivered right away.
 */
@Component
class JobFailureNotices implements RunListener {

	static final String TYPE = "job.failed";

	private static final Logger log = LoggerFactory.getLogger(JobFailureNotices.class);

	private final JdbcClient store;

	private final TransactionTemplate transactions;

	private final Outbox outbox;

	private final OutboxWorker worker;

	private final Recipients recipients;

	private final WebhookEndpoints endpoints;

	private final Clock clock;

	private final Duration grace;

	private final JsonMapper json = JsonMapper.builder().build();

	JobFailureNotices(DataSource store, PlatformTransactionManager transactions, Outbox outbox, OutboxWorker worker,
			Recipients recipients, WebhookEndpoints endpoints, Clock clock, ForgeProperties properties) {
		this.store = JdbcClient.create(store);
		this.transactions = new TransactionTemplate(transactions);
		this.outbox = outbox;
		this.worker = worker;
		this.recipients = recipients;
		this.endpoints = endpoints;
		this.clock = clock;
		this.grace = properties.notices().jobFailedGrace();
	}

	@Override
	public void ended(RunOutcome outcome, Map<String, String> parameters) {
		if (outcome.completed()) {
			return;
		}
		Instant now = this.clock.instant();
		JobFailureNotice notice = notice(outcome, parameters, now);
		List<String> addresses = this.recipients.current().recipients().stream()
			.filter((r) -> r.role() == Role.SUPERADMIN)
			.map(Recipient::email)
			.distinct()
			.toList();
		Boolean announced;
		try {
			announced = this.transactions.execute((status) -> {
				if (!open(gate(outcome), now)) {
					return false;
				}
				this.store.sql("""
						INSERT INTO monitor.job_failure_notice
						  (id, job_name, execution_id, status, error, parameters, rerun, occurred_at, payload)
						VALUES (:id, :job, :execution, :status, :error, :parameters, :rerun, :at, :payload)
						""")
					.param("id", notice.id())
					.param("job", notice.job())
					.param("execution", notice.executionId())
					.param("status", notice.status())
					.param("error", notice.error())
					.param("parameters", notice.parameters())
					.param("rerun", notice.rerun())
					.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
					.param("payload", notice.payload())
					.update();
				for (String address : addresses) {
					this.outbox.enqueue(OutboxMessage.create(notice.eventId(), TYPE, Channel.EMAIL, address, null,
							notice.id(), null, now));
				}
				this.endpoints.receiving(TYPE, null, null)
					.forEach((endpoint) -> this.outbox.enqueue(OutboxMessage.create(notice.eventId(), TYPE,
							Channel.WEBHOOK, endpoint.name(), null, notice.id(), notice.payload(), now)));
				return true;
			});
		}
		catch (DuplicateKeyException ex) {
			announced = false; // another node announced this job's failure just now
		}
		if (Boolean.TRUE.equals(announced)) {
			log.info("{} failed (execution {}): announced to {} addresses and the webhooks asking for {}", outcome.job(),
					outcome.executionId(), addresses.size(), TYPE);
			this.worker.deliverDue();
		}
		else {
			log.info("{} failed (execution {}): already announced within {}", outcome.job(), outcome.executionId(),
					this.grace);
		}
	}

	/**
	 * The gate a failure passes: its job and its cause (the failure's text with numbers, ids and quoted values
	 * taken out), so one failure announced cannot hide a different one of the same job within the grace period.
	 */
	static String gate(RunOutcome outcome) {
		String cause = String.valueOf(outcome.failure())
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("'[^']*'|\"[^\"]*\"", "'?'")
			.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>")
			.replaceAll("[0-9]+", "#");
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(cause.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return outcome.job() + "|" + java.util.HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Claims a gate: true when its last announcement is older than the grace period (or there is none). */
	private boolean open(String job, Instant now) {
		int updated = this.store.sql("""
				UPDATE monitor.job_failure_gate SET notified_at = :now
				WHERE job_name = :job AND notified_at <= :cutoff
				""")
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("job", job)
			.param("cutoff", OffsetDateTime.ofInstant(now.minus(this.grace), ZoneOffset.UTC))
			.update();
		if (updated == 1) {
			return true;
		}
		boolean exists = this.store.sql("SELECT COUNT(*) FROM monitor.job_failure_gate WHERE job_name = :job")
			.param("job", job)
			.query(Long.class)
			.single() > 0;
		if (exists) {
			return false;
		}
		this.store.sql("INSERT INTO monitor.job_failure_gate (job_name, notified_at) VALUES (:job, :now)")
			.param("job", job)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		return true;
	}

	private JobFailureNotice notice(RunOutcome outcome, Map<String, String> parameters, Instant now) {
		UUID id = UUID.randomUUID();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("job", outcome.job());
		data.put("execution_id", outcome.executionId());
		data.put("status", outcome.status());
		data.put("error", outcome.failure());
		data.put("parameters", parameters);
		String rerun = RerunCommand.of(outcome.job(), parameters);
		data.put("rerun", rerun);
		data.put("steps", outcome.steps());
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", TYPE);
		event.put("timestamp", now.toString());
		event.put("data", data);
		String error = Optional.ofNullable(outcome.failure()).map((e) -> e.length() > 4000 ? e.substring(0, 4000) : e)
			.orElse(null);
		// Parameters are data: each value quoted, whatever it holds.
		String shown = new java.util.TreeMap<>(parameters).entrySet()
			.stream()
			.map((p) -> p.getKey() + "=" + com.sidekickforge.monitor.run.JobParameterRules.quoted(p.getValue()))
			.collect(java.util.stream.Collectors.joining(", "));
		return new JobFailureNotice(id, outcome.job(), outcome.executionId(), outcome.status(), error,
				shown.isEmpty() ? "(none)" : shown, rerun, now, this.json.writeValueAsString(event));
	}

}
