package com.sidekickforge.monitor.delivery;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.event.EventType;
import com.sidekickforge.monitor.mail.ComposedMail;
import com.sidekickforge.monitor.mail.MailComposer;
import com.sidekickforge.monitor.outbox.OutboxMessage;
import com.sidekickforge.monitor.templates.TemplateRenderer;

/** The mail of a failed run ({@code mail/job-failed.html} and {@code .txt}): which job, when, why, and how to rerun it. */
@Component
class JobFailureMail implements MailComposer {

	private final JobFailureLog failures;

	private final TemplateRenderer templates;

	private final DateTimeFormatter time;

	JobFailureMail(JobFailureLog failures, TemplateRenderer templates, ForgeProperties properties) {
		this.failures = failures;
		this.templates = templates;
		ZoneId zone = properties.timezone();
		this.time = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm zzz", Locale.ENGLISH).withZone(zone);
	}

	@Override
	public boolean composes(String eventType) {
		return EventType.JOB_FAILED.is(eventType);
	}

	@Override
	public ComposedMail compose(OutboxMessage message) {
		JobFailureNotice notice = this.failures.find(message.subjectId());
		String job = notice.job();
		Map<String, Object> model = Map.of("job", job, "execution", notice.executionId(), "status", notice.status(),
				"error", (notice.error() != null) ? notice.error() : "(no message)", "parameters", notice.parameters(),
				"when", this.time.format(notice.occurredAt()), "rerun",
				(notice.rerun() != null) ? notice.rerun() : "forge-monitor run " + job);
		return new ComposedMail("Forge Monitor: " + job + " failed", this.templates.text("mail/job-failed", model),
				this.templates.html("mail/job-failed", model), List.of(), List.of());
	}

}
