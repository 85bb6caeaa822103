package com.sidekickforge.monitor.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through the SMTP server of {@code spring.mail.*} (host, port, STARTTLS, authentication). */
class SmtpMailTransport implements MailTransport {

	private final JavaMailSender sender;

	public SmtpMailTransport(JavaMailSender sender) {
		this.sender = sender;
	}

	@Override
	public MimeMessage createMessage() {
		return this.sender.createMimeMessage();
	}

	@Override
	public void send(MimeMessage message, String name) throws MessagingException {
		try {
			this.sender.send(message);
		}
		catch (MailException ex) {
			throw new MessagingException(ex.getMessage(), ex);
		}
	}

	@Override
	public Boolean sent(String name) {
		return null; // SMTP has no way to ask whether a message arrived
	}

}
