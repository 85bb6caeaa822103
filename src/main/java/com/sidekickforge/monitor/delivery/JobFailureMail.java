package com.sidekickforge.monitor.delivery;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.mail.ComposedMail;
import com.sidekickforge.monitor.mail.MailComposer;
import com.sidekickforge.monitor.mail.MailTemplates;
import com.sidekickforge.monitor.outbox.OutboxMessage;

/** The mail of a failed run ({@code mail/job-failed.html} and {@code .txt}): which job, when, why, and how to rerun it. */
@Component
class JobFailureMail implements MailComposer {

	private final JdbcClient store;

	private final MailTemplates templates;

	private final DateTimeFormatter time;

	JobFailureMail(DataSource store, MailTemplates templates, ForgeProperties properties) {
		this.store = JdbcClient.create(store);
		this.templates = templates;
		ZoneId zone = properties.timezone();
		this.time = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm zzz", Locale.ENGLISH).withZone(zone);
	}

	@Override
	public boolean composes(String eventType) {
		return JobFailureNotices.TYPE.equals(eventType);
	}

	@Override
	public ComposedMail compose(OutboxMessage message) {
		UUID id = message.subjectId();
		Map<String, Object> row = this.store.sql("""
				SELECT job_name, execution_id, status, error, parameters, rerun, occurred_at
				FROM monitor.job_failure_notice WHERE id = :id
				""").param("id", id).query().singleRow();
		String job = (String) row.get("job_name");
		Map<String, Object> model = Map.of("job", job, "execution", row.get("execution_id"), "status", row.get("status"),
				"error", (row.get("error") != null) ? row.get("error") : "(no message)", "parameters",
				row.get("parameters"), "when", this.time.format(toInstant(row.get("occurred_at"))), "rerun",
				(row.get("rerun") != null) ? row.get("rerun") : "forge-monitor run " + job);
		return new ComposedMail("Forge Monitor: " + job + " failed", this.templates.text("mail/job-failed", model),
				this.templates.html("mail/job-failed", model), List.of(), List.of());
	}

	private static java.time.Instant toInstant(Object value) {
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		return java.time.Instant.parse(value.toString());
	}

}
