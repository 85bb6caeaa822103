package com.sidekickforge.monitor.webhook;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.sidekickforge.monitor.config.ForgeProperties;

/** The webhook channel: sent over HTTP, or written under {@code <output-dir>/webhooks} when mail goes to files. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

	@Bean
	WebhookChannel webhookChannel(WebhookEndpoints endpoints, WebhookEndpointStates states, ForgeProperties properties,
			Clock clock) {
		boolean files = properties.mail().transport() == ForgeProperties.Mail.Transport.FILE;
		return new WebhookChannel(endpoints, states, properties.webhooks().timeout(),
				files ? properties.outputPath().resolve("webhooks") : null, clock);
	}

}
