package com.sidekickforge.monitor.health;

import java.util.Locale;

/** How a probed thing answered: in time, slowly (or partly), or not at all. Ordered from best to worst. */
public enum ProbeStatus {

	HEALTHY, DEGRADED, DOWN;

	/** As written in samples and reports: {@code healthy}, {@code degraded}, {@code down}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ProbeStatus of(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

	/** The worse of the two. */
	public ProbeStatus worst(ProbeStatus other) {
		return (other != null && other.ordinal() > ordinal()) ? other : this;
	}

}
