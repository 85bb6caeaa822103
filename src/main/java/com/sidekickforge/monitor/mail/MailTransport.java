package com.sidekickforge.monitor.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Where mail goes: an SMTP server, or {@code .eml} files. */
interface MailTransport {

	/** Creates an empty message in this transport's session. */
	MimeMessage createMessage();

	void send(MimeMessage message, String name) throws MessagingException;

	/** Whether a message of this name is known to have left: files can tell; SMTP cannot (null). */
	Boolean sent(String name);

}
