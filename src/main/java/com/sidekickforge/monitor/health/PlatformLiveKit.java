package com.sidekickforge.monitor.health;

import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;

/**
 * The platform's LiveKit server the health check asks: {@code forge.livekit.*}, unless {@code demo} put its loopback
 * stand-in in its place for its own run.
 */
@Component
public class PlatformLiveKit {

	private final ForgeProperties.Livekit configured;

	private volatile ForgeProperties.Livekit standIn;

	PlatformLiveKit(ForgeProperties properties) {
		this.configured = properties.livekit();
	}

	public ForgeProperties.Livekit current() {
		ForgeProperties.Livekit replaced = this.standIn;
		return (replaced != null) ? replaced : this.configured;
	}

	/** The demo's stand-in instead of the configured server, until {@link #restore()}. */
	public void standIn(ForgeProperties.Livekit server) {
		this.standIn = server;
	}

	public void restore() {
		this.standIn = null;
	}

}
