package com.sidekickforge.monitor.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import com.sidekickforge.monitor.launch.SpringLauncher;
import com.sidekickforge.monitor.launch.UsageException;
import com.sidekickforge.monitor.webhook.WebhookEndpointStates;
import com.sidekickforge.monitor.webhook.WebhookEndpointSwitch;
import com.sidekickforge.monitor.webhook.WebhookEndpoints;

/**
 * {@code forge-monitor webhooks}: the endpoints of {@code webhooks.yml} and which a 410 disabled;
 * {@code webhooks enable NAME} enables one again and puts what was dead-lettered for it back in the queue.
 */
@Command(name = "webhooks", mixinStandardHelpOptions = true,
		description = { "Lists the webhook endpoints and which are disabled (an endpoint answering 410 Gone is "
				+ "disabled at its URL; a changed URL enables it again by itself).",
				"'webhooks enable NAME' enables one again by hand and requeues its dead letters." })
final class WebhooksCommand implements Callable<Integer> {

	private final SpringLauncher launcher;

	private final PrintStream out;

	WebhooksCommand(SpringLauncher launcher, PrintStream out) {
		this.launcher = launcher;
		this.out = out;
	}

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = this.launcher.start(Map.of())) {
			var disabled = context.getBean(WebhookEndpointStates.class).all();
			for (var endpoint : context.getBean(WebhookEndpoints.class).all()) {
				var state = disabled.stream().filter((d) -> d.name().equals(endpoint.name())).findFirst();
				this.out.printf("%-20s %-9s %s%s%n", endpoint.name(), state.isPresent() ? "disabled" : "enabled",
						endpoint.url(), state.map((d) -> "  (" + d.reason() + ")").orElse(""));
			}
			return 0;
		}
	}

	@Command(name = "enable", mixinStandardHelpOptions = true,
			description = "Enables an endpoint a 410 disabled and requeues what was dead-lettered for it.")
	Integer enable(@Parameters(paramLabel = "NAME", description = "The endpoint's name in webhooks.yml.") String name) {
		try (ConfigurableApplicationContext context = this.launcher.start(Map.of())) {
			WebhookEndpointSwitch.Enabled enabled;
			try {
				enabled = context.getBean(WebhookEndpointSwitch.class).enable(name);
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException(ex.getMessage());
			}
			this.out.printf("%s %s; %d dead-lettered deliveries back in the queue%n", name,
					enabled.wasDisabled() ? "enabled again" : "was not disabled", enabled.requeued());
			return 0;
		}
	}

}
