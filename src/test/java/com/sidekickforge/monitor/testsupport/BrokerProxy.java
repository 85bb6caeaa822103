package com.sidekickforge.monitor.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on loopback in front of the machine's RabbitMQ (127.0.0.1:5672): processes connect to the broker
 * through it, and a test makes the broker go away for them (every connection cut, new ones refused) and come back,
 * while the broker itself, and the messages it holds, stay as they are.
 */
public final class BrokerProxy implements AutoCloseable {

	private static final int BROKER_PORT = 5672;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final int port;

	private volatile ServerSocket server;

	public BrokerProxy() throws IOException {
		this.server = listen(0);
		this.port = this.server.getLocalPort();
		accept(this.server);
	}

	/** Whether the machine's broker answers on 127.0.0.1:5672. */
	public static boolean brokerRuns() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), BROKER_PORT), 2000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	public int port() {
		return this.port;
	}

	/** The broker goes away: open connections are cut, new ones refused. */
	public synchronized void cut() throws IOException {
		this.server.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
		this.sockets.clear();
	}

	/** The broker is back, on the same port. */
	public synchronized void restore() throws IOException {
		if (this.server.isClosed()) {
			this.server = listen(this.port);
			accept(this.server);
		}
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private static ServerSocket listen(int port) throws IOException {
		ServerSocket server = new ServerSocket();
		server.setReuseAddress(true);
		server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		return server;
	}

	private void accept(ServerSocket listening) {
		Thread.ofVirtual().start(() -> {
			while (!listening.isClosed()) {
				try {
					Socket client = listening.accept();
					Socket broker = new Socket(InetAddress.getLoopbackAddress(), BROKER_PORT);
					this.sockets.add(client);
					this.sockets.add(broker);
					relay(client, broker);
					relay(broker, client);
				}
				catch (IOException ex) {
					// closed by cut(), or the broker refused: the client sees its connection end
				}
			}
		});
	}

	private void relay(Socket from, Socket to) {
		Thread.ofVirtual().start(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// one side went away
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		});
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// closed already
		}
	}

}
