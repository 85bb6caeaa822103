package com.sidekickforge.monitor.demo;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.health.LiveKitRoom;
import com.sidekickforge.monitor.health.LiveKitStandIn;
import com.sidekickforge.monitor.health.PlatformLiveKit;
import com.sidekickforge.monitor.sampledata.ClientProfile;
import com.sidekickforge.monitor.source.PlatformClients;

/**
 * The demo's LiveKit: loopback stand-ins that the health check really asks, since the demo has no LiveKit server. The
 * platform's lists a few voice rooms of shared clients; the clients with a server of their own get, in turn, one that
 * refuses their key, an address where nothing listens, one that is slow and one that answers well.
 */
final class DemoLiveKit implements AutoCloseable {

	static final String NAME = "demo LiveKit (loopback stand-in)";

	private final List<LiveKitStandIn> servers = new ArrayList<>();

	private final PlatformLiveKit platform;

	DemoLiveKit(PlatformLiveKit platform, DataSource platformDatabase, List<ClientProfile> clients, Clock clock) {
		this.platform = platform;
		List<LiveKitRoom> rooms = new ArrayList<>();
		clients.stream()
			.filter((c) -> !c.dedicated() && c.livekitUrl() == null)
			.limit(3)
			.forEach((c) -> rooms.add(new LiveKitRoom("call-" + c.slug() + "-1", 2,
					"{\"client_id\":\"" + c.id() + "\",\"client_name\":\"" + c.name().replace("\"", "") + "\"}")));
		rooms.add(new LiveKitRoom("text-demo-chat", 1, ""));
		rooms.add(new LiveKitRoom("prewarm-demo", 1, ""));
		LiveKitStandIn shared = start("APIdemoplatform", "demo-platform-secret", LiveKitStandIn.Behaviour.HEALTHY, rooms,
				clock);
		platform.standIn(new ForgeProperties.Livekit(shared.url(), "APIdemoplatform", "demo-platform-secret", NAME));
		PlatformClients platformClients = new PlatformClients(platformDatabase);
		int turn = 0;
		for (ClientProfile client : clients) {
			if (client.livekitUrl() == null) {
				continue;
			}
			String key = "APIdemo" + client.index();
			String secret = "demo-secret-" + client.index();
			String url = switch (turn++ % 4) {
				case 0 -> start(key, "another-secret", LiveKitStandIn.Behaviour.HEALTHY, List.of(), clock).url();
				case 1 -> "ws://127.0.0.1:" + freePort();
				case 2 -> start(key, secret, LiveKitStandIn.Behaviour.slow(Duration.ofMillis(1500)), List.of(), clock).url();
				default -> start(key, secret, LiveKitStandIn.Behaviour.HEALTHY,
						List.of(new LiveKitRoom("call-" + client.slug(), 1, "")), clock).url();
			};
			platformClients.useLiveKit(client.id(), url, key, secret);
		}
	}

	private LiveKitStandIn start(String key, String secret, LiveKitStandIn.Behaviour behaviour, List<LiveKitRoom> rooms,
			Clock clock) {
		LiveKitStandIn server = LiveKitStandIn.start(key, secret, behaviour, rooms, clock);
		this.servers.add(server);
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			return 9;
		}
	}

	@Override
	public void close() {
		this.platform.restore();
		this.servers.forEach(LiveKitStandIn::close);
	}

}
