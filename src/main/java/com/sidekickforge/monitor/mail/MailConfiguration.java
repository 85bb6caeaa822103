package com.sidekickforge.monitor.mail;

import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.Recipients;

/** How mail is composed and where it goes ({@code forge.mail.*}, {@code spring.mail.*}). */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	@Bean
	MailTransport mailTransport(ForgeProperties properties, ObjectProvider<JavaMailSender> sender) {
		if (properties.mail().transport() == ForgeProperties.Mail.Transport.FILE) {
			return new FileMailTransport(properties.outputPath().resolve("mail"));
		}
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp instanceof JavaMailSenderImpl configured) {
			timeouts(configured.getJavaMailProperties(), properties.mail());
		}
		return (smtp != null) ? new SmtpMailTransport(smtp) : new UnconfiguredSmtp();
	}

	/**
	 * Connect, read and write timeouts on every SMTP connection (plain and SMTPS), unless spring.mail.properties
	 * sets them: without them a server that accepts and never answers holds the sender for good.
	 */
	static void timeouts(Properties mail, ForgeProperties.Mail settings) {
		for (String protocol : new String[] { "smtp", "smtps" }) {
			mail.putIfAbsent("mail." + protocol + ".connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
			mail.putIfAbsent("mail." + protocol + ".timeout", Long.toString(settings.readTimeout().toMillis()));
			mail.putIfAbsent("mail." + protocol + ".writetimeout", Long.toString(settings.writeTimeout().toMillis()));
		}
	}

	@Bean
	MailChannel mailChannel(MailTransport transport, List<MailComposer> composers, ForgeProperties properties,
			Recipients recipients) {
		return new MailChannel(transport, composers, MailAddresses.parse(properties.mail().from(), "Forge Monitor"),
				recipients::nameOf);
	}

	/** SMTP chosen without {@code spring.mail.host}: every attempt fails saying so (and is retried once it is set). */
	private static final class UnconfiguredSmtp implements MailTransport {

		@Override
		public MimeMessage createMessage() {
			return new MimeMessage(Session.getInstance(new Properties()));
		}

		@Override
		public void send(MimeMessage message, String name) throws MessagingException {
			throw new MessagingException("forge.mail.transport is smtp but spring.mail.host is not set");
		}

		@Override
		public Boolean sent(String name) {
			return null;
		}

	}

}
