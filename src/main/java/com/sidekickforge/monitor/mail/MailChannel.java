package com.sidekickforge.monitor.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

import com.sidekickforge.monitor.outbox.Channel;
import com.sidekickforge.monitor.outbox.DeliveryResult;
import com.sidekickforge.monitor.outbox.InDoubt;
import com.sidekickforge.monitor.outbox.OutboxChannel;
import com.sidekickforge.monitor.outbox.OutboxMessage;

/**
 * Delivers mail messages: the composer of the event type builds the content, this puts it into a MIME
 * message (HTML and text alternatives, inline images, attachments) with a {@code Message-ID} that is the same
 * on every attempt, and the transport sends it.
 */
public class MailChannel implements OutboxChannel {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final MailTransport transport;

	private final List<MailComposer> composers;

	private final InternetAddress from;

	/** The display name of an address (from recipients.yml), or null. */
	private final Function<String, String> names;

	public MailChannel(MailTransport transport, List<MailComposer> composers, InternetAddress from,
			Function<String, String> names) {
		this.transport = transport;
		this.composers = composers;
		this.from = from;
		this.names = names;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public DeliveryResult deliver(OutboxMessage message) {
		Optional<MailComposer> composer = this.composers.stream().filter((c) -> c.composes(message.eventType())).findFirst();
		if (composer.isEmpty()) {
			return new DeliveryResult.Rejected("no mail is composed for " + message.eventType());
		}
		InternetAddress to;
		try {
			to = MailAddresses.parse(message.destination(), this.names.apply(message.destination()));
		}
		catch (MailAddresses.InvalidAddressException ex) {
			return new DeliveryResult.Rejected(ex.getMessage());
		}
		SentMessage mime = null;
		try {
			ComposedMail mail = composer.get().compose(message);
			mime = mime(message, mail, to);
			this.transport.send(mime, fileName(message));
			return DeliveryResult.delivered();
		}
		catch (MessagingException ex) {
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
			if (ex instanceof SendFailedException failed && failed.getInvalidAddresses() != null
					&& failed.getInvalidAddresses().length > 0) {
				return new DeliveryResult.Rejected("the server refused " + message.destination() + ": " + ex.getMessage());
			}
			String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
			// The whole message went to the server and then its answer never came: it may well have been delivered.
			return (mime != null && mime.written) ? new DeliveryResult.Unknown(reason)
					: new DeliveryResult.Failed(reason, null);
		}
	}

	@Override
	public InDoubt inDoubt(OutboxMessage message) {
		Boolean sent = this.transport.sent(fileName(message));
		if (sent == null) {
			return InDoubt.UNCONFIRMED;
		}
		return sent ? InDoubt.DELIVERED : InDoubt.RESEND;
	}

	/**
	 * A message that knows whether it was written out whole (SMTP writes it once, into the DATA command): an error
	 * after that is an unknown outcome, before it a failure worth retrying.
	 */
	private static final class SentMessage extends MimeMessage {

		private final String messageId;

		volatile boolean written;

		SentMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			// The same on every attempt: a resent mail is recognisably the same mail.
			setHeader("Message-ID", this.messageId);
		}

		@Override
		public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
			super.writeTo(out, ignoreList);
			this.written = true;
		}

	}

	private SentMessage mime(OutboxMessage message, ComposedMail mail, InternetAddress to) throws MessagingException {
		String messageId = "<" + message.eventId() + "." + hash(message.destination()) + "@forge-monitor>";
		SentMessage mime = new SentMessage(this.transport.createMessage().getSession(), messageId);
		MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
				StandardCharsets.UTF_8.name());
		helper.setFrom(this.from);
		helper.setTo(to);
		helper.setSubject(mail.subject().replaceAll("[\\r\\n\\u0085\\u2028]+", " "));
		helper.setText(mail.text(), mail.html());
		for (ComposedMail.InlineImage image : mail.images()) {
			// A file name with its extension: mail programs that list inline parts show it, and save it as a PNG.
			helper.addInline(image.contentId(), image.contentId() + ".png", new ByteArrayResource(image.png()),
					"image/png");
		}
		for (ComposedMail.Attachment attachment : mail.attachments()) {
			helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
		mime.setHeader("Auto-Submitted", "auto-generated");
		mime.setHeader("X-Forge-Event", message.eventType());
		return mime;
	}

	/** The file name in file mode (and the name in logs): when it was queued, its event and its recipient. */
	static String fileName(OutboxMessage message) {
		return FILE_TIME.format(message.createdAt()) + "-" + message.eventId() + "-"
				+ message.destination().replaceAll("[^A-Za-z0-9._@-]", "_");
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
