package com.sidekickforge.monitor.config;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every "now" and "yesterday" comes from: the system's, or {@code forge.now} when set (tests,
 * replays), so that the time can be set.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(ForgeProperties properties) {
		return (properties.now() != null) ? Clock.fixed(properties.now(), ZoneOffset.UTC) : Clock.systemUTC();
	}

}
