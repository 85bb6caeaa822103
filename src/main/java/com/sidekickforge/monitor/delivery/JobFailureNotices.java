package com.sidekickforge.monitor.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.Recipient;
import com.sidekickforge.monitor.config.Recipients;
import com.sidekickforge.monitor.config.Role;
import com.sidekickforge.monitor.event.Event;
import com.sidekickforge.monitor.event.EventType;
import com.sidekickforge.monitor.outbox.Announcement;
import com.sidekickforge.monitor.outbox.Announcer;
import com.sidekickforge.monitor.outbox.OutboxWorker;
import com.sidekickforge.monitor.run.JobParameterRules;
import com.sidekickforge.monitor.run.RunListener;
import com.sidekickforge.monitor.run.RunOutcome;

/**
 * Announces failed runs: a {@code job.failed} mail to every superadmin of {@code recipients.yml} and a webhook to
 * every endpoint that asks for it, at most once per job and cause per {@code forge.notices.job-failed-grace},
 * decided by the store ({@link JobFailureGate}), so two nodes failing at once announce once. Written to the
 * outbox in one transaction with the gate, then delivered right away.
 */
@Component
class JobFailureNotices implements RunListener {

	private static final Logger log = LoggerFactory.getLogger(JobFailureNotices.class);

	private final JobFailureGate gate;

	private final JobFailureLog failures;

	private final TransactionTemplate transactions;

	private final Announcer announcer;

	private final OutboxWorker worker;

	private final Recipients recipients;

	private final Clock clock;

	private final Duration grace;

	JobFailureNotices(JobFailureGate gate, JobFailureLog failures, PlatformTransactionManager transactions,
			Announcer announcer, OutboxWorker worker, Recipients recipients, Clock clock, ForgeProperties properties) {
		this.gate = gate;
		this.failures = failures;
		this.transactions = new TransactionTemplate(transactions);
		this.announcer = announcer;
		this.worker = worker;
		this.recipients = recipients;
		this.clock = clock;
		this.grace = properties.notices().jobFailedGrace();
	}

	@Override
	public void ended(RunOutcome outcome, Map<String, String> parameters) {
		if (outcome.completed()) {
			return;
		}
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		String rerun = RerunCommand.of(outcome.job(), parameters);
		Event event = event(id, outcome, parameters, rerun, now);
		JobFailureNotice notice = notice(id, outcome, parameters, rerun, event, now);
		List<String> addresses = this.recipients.current().recipients().stream()
			.filter((r) -> r.role() == Role.SUPERADMIN)
			.map(Recipient::email)
			.distinct()
			.toList();
		Boolean announced;
		try {
			announced = this.transactions.execute((status) -> {
				if (!this.gate.open(gate(outcome), now, this.grace)) {
					return false;
				}
				this.failures.record(notice);
				this.announcer.announce(new Announcement(event, null, null, id, addresses, true), now);
				return true;
			});
		}
		catch (DuplicateKeyException ex) {
			announced = false; // another node announced this job's failure just now
		}
		if (Boolean.TRUE.equals(announced)) {
			log.info("{} failed (execution {}): announced to {} addresses and the webhooks asking for {}", outcome.job(),
					outcome.executionId(), addresses.size(), EventType.JOB_FAILED.key());
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
			.toLowerCase(Locale.ROOT)
			.replaceAll("'[^']*'|\"[^\"]*\"", "'?'")
			.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>")
			.replaceAll("[0-9]+", "#");
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(cause.getBytes(StandardCharsets.UTF_8));
			return outcome.job() + "|" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Event event(UUID id, RunOutcome outcome, Map<String, String> parameters, String rerun,
			Instant now) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("job", outcome.job());
		data.put("execution_id", outcome.executionId());
		data.put("status", outcome.status());
		data.put("error", outcome.failure());
		data.put("parameters", parameters);
		data.put("rerun", rerun);
		data.put("steps", outcome.steps());
		return Event.of(id, EventType.JOB_FAILED, now, data);
	}

	private static JobFailureNotice notice(UUID id, RunOutcome outcome, Map<String, String> parameters, String rerun,
			Event event, Instant now) {
		String error = Optional.ofNullable(outcome.failure()).map((e) -> e.length() > 4000 ? e.substring(0, 4000) : e)
			.orElse(null);
		// Parameters are data: each value quoted, whatever it holds.
		String shown = new TreeMap<>(parameters).entrySet()
			.stream()
			.map((p) -> p.getKey() + "=" + JobParameterRules.quoted(p.getValue()))
			.collect(Collectors.joining(", "));
		return new JobFailureNotice(id, outcome.job(), outcome.executionId(), outcome.status(), error,
				shown.isEmpty() ? "(none)" : shown, rerun, now, event.envelope());
	}

}
