package com.sidekickforge.monitor.delivery;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.alert.AlertDigests;
import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.MailHours;
import com.sidekickforge.monitor.config.Recipient;
import com.sidekickforge.monitor.config.Recipients;
import com.sidekickforge.monitor.event.EventType;
import com.sidekickforge.monitor.mail.ComposedMail;
import com.sidekickforge.monitor.mail.MailComposer;
import com.sidekickforge.monitor.outbox.OutboxMessage;
import com.sidekickforge.monitor.templates.TemplateRenderer;

/**
 * The daily digest ({@code mail/alert-digest.html} and {@code .txt}): the alerts gathered for one person since their
 * last digest, each with its timeline sentence and its time on the person's own clock.
 */
@Component
class AlertDigestMail implements MailComposer {

	static final String TEMPLATE = "mail/alert-digest";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

	private final AlertDigests digests;

	private final Recipients recipients;

	private final TemplateRenderer templates;

	private final ZoneId defaultZone;

	AlertDigestMail(AlertDigests digests, Recipients recipients, TemplateRenderer templates,
			ForgeProperties properties) {
		this.digests = digests;
		this.recipients = recipients;
		this.templates = templates;
		this.defaultZone = properties.timezone();
	}

	/** One alert as the digest lists it. */
	public record Line(String time, String clientName, String title) {
	}

	@Override
	public boolean composes(String eventType) {
		return EventType.ALERT_DIGEST.is(eventType);
	}

	@Override
	public ComposedMail compose(OutboxMessage message) {
		AlertDigests.Due digest = this.digests.find(message.subjectId())
			.orElseThrow(() -> new IllegalStateException("digest " + message.subjectId() + " is missing"));
		ZoneId zone = this.recipients.current()
			.byAddress(message.destination())
			.map(Recipient::hours)
			.map(MailHours::zone)
			.orElse(this.defaultZone);
		List<Line> lines = this.digests.items(message.subjectId())
			.stream()
			.map((item) -> new Line(TIME.withZone(zone).format(item.occurredAt()), item.clientName(), item.title()))
			.toList();
		String day = DAY.withZone(zone).format(digest.dueAt());
		Map<String, Object> model = new HashMap<>();
		model.put("alerts", lines);
		model.put("day", day);
		model.put("zone", zone.getId());
		model.put("theme", MailTheme.colors());
		String subject = String.format(Locale.ROOT, "Forge Monitor digest, %s: %d alert%s", day, lines.size(),
				(lines.size() == 1) ? "" : "s");
		return new ComposedMail(subject, this.templates.text(TEMPLATE, model), this.templates.html(TEMPLATE, model),
				List.of(), List.of());
	}

}
