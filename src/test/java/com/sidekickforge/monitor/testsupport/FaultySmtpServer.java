package com.sidekickforge.monitor.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server on loopback that misbehaves as real ones do: {@link Mode#STALL} accepts a connection and never
 * says a word; {@link Mode#DROP_AFTER_DATA} takes the whole message, then drops the connection before its reply
 * (so the sender cannot know whether it was delivered). It counts the messages it read whole.
 */
public final class FaultySmtpServer implements AutoCloseable {

	public enum Mode {

		STALL, DROP_AFTER_DATA

	}

	private final ServerSocket server;

	private volatile Mode mode = Mode.STALL;

	private final AtomicInteger connections = new AtomicInteger();

	private final AtomicInteger messages = new AtomicInteger();

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	public FaultySmtpServer() {
		try {
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread accepting = new Thread(this::accept, "faulty-smtp");
		accepting.setDaemon(true);
		accepting.start();
	}

	public int port() {
		return this.server.getLocalPort();
	}

	public void mode(Mode mode) {
		this.mode = mode;
	}

	/** Messages read whole (each a delivery the sender never heard of). */
	public int messages() {
		return this.messages.get();
	}

	public int connections() {
		return this.connections.get();
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket socket = this.server.accept();
				this.connections.incrementAndGet();
				this.open.add(socket);
				if (this.mode == Mode.DROP_AFTER_DATA) {
					Thread session = new Thread(() -> dropAfterData(socket), "faulty-smtp-session");
					session.setDaemon(true);
					session.start();
				}
				// STALL: the socket stays open and silent until the server closes.
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void dropAfterData(Socket socket) {
		try (socket) {
			var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			OutputStream out = socket.getOutputStream();
			reply(out, "220 faulty ESMTP");
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase(Locale.ROOT);
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					reply(out, "250 faulty");
				}
				else if (command.startsWith("DATA")) {
					reply(out, "354 go ahead");
					while ((line = in.readLine()) != null && !line.equals(".")) {
						// the message
					}
					this.messages.incrementAndGet();
					return; // dropped before "250": the sender cannot know
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 bye");
					return;
				}
				else {
					reply(out, "250 ok");
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() {
		try {
			this.server.close();
			for (Socket socket : this.open) {
				socket.close();
			}
		}
		catch (IOException ex) {
			// closing anyway
		}
	}

}
