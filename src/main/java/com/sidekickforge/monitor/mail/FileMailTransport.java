package com.sidekickforge.monitor.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Writes each mail as a standard RFC 5322 {@code .eml} file under {@code <output-dir>/mail}: written aside and
 * moved into place, so a file that exists is complete (and the message has been "sent").
 */
class FileMailTransport implements MailTransport {

	private final Path directory;

	private final Session session = Session.getInstance(new Properties());

	public FileMailTransport(Path directory) {
		this.directory = directory;
	}

	@Override
	public MimeMessage createMessage() {
		return new MimeMessage(this.session);
	}

	@Override
	public void send(MimeMessage message, String name) throws MessagingException {
		Path file = this.directory.resolve(name + ".eml");
		Path part = this.directory.resolve(name + ".eml.part");
		try {
			Files.createDirectories(this.directory);
			message.saveChanges();
			try (OutputStream out = Files.newOutputStream(part)) {
				message.writeTo(out);
			}
			Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new MessagingException("Cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public Boolean sent(String name) {
		return Files.exists(this.directory.resolve(name + ".eml"));
	}

}
