package com.sidekickforge.monitor.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail as a real SMTP server on a loopback port that stays the same across {@link #stop()} and
 * {@link #start()}, so a test can take the mail server down and bring it back.
 */
public final class SmtpServer implements AutoCloseable {

	private final int port;

	private GreenMail greenMail;

	public SmtpServer() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			this.port = socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		start();
	}

	public int port() {
		return this.port;
	}

	public synchronized void start() {
		if (this.greenMail == null) {
			this.greenMail = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			this.greenMail.start();
		}
	}

	public synchronized void stop() {
		if (this.greenMail != null) {
			this.greenMail.stop();
			this.greenMail = null;
		}
	}

	/** Every message received since the last {@link #clear()} (one per recipient). */
	public synchronized List<MimeMessage> received() {
		return (this.greenMail != null) ? List.of(this.greenMail.getReceivedMessages()) : List.of();
	}

	public synchronized void clear() {
		start();
		try {
			this.greenMail.purgeEmailFromAllMailboxes();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		stop();
	}

}
