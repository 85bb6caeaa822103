package com.sidekickforge.monitor.api;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.sidekickforge.monitor.config.Role;
import com.sidekickforge.monitor.report.model.ReportJson;
import com.sidekickforge.monitor.security.ApiCaller;
import com.sidekickforge.monitor.webhook.WebhookEndpointSwitch;

/** {@code POST /admin/webhooks/{name}/enable}: a superadmin enables again an endpoint a 410 disabled. */
@RestController
class WebhooksApi {

	private final WebhookEndpointSwitch endpoints;

	private final ReportJson json = new ReportJson();

	WebhooksApi(WebhookEndpointSwitch endpoints) {
		this.endpoints = endpoints;
	}

	@Operation(summary = "Enables again a webhook endpoint a 410 disabled, and requeues its dead letters (superadmin)")
	@PostMapping(path = "/admin/webhooks/{name}/enable", produces = MediaType.APPLICATION_JSON_VALUE)
	String enable(HttpServletRequest request, @PathVariable String name) {
		ApiCaller caller = ApiScopes.caller(request);
		if (caller.role() != Role.SUPERADMIN) {
			throw ApiProblem.forbidden("webhook endpoints are a superadmin's");
		}
		try {
			return this.json.compact(this.endpoints.enable(name));
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.notFound(ex.getMessage());
		}
	}

}
