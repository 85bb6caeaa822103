package com.sidekickforge.monitor.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.sidekickforge.monitor.testsupport.SeedModels;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's description at {@code /v3/api-docs} says what the server does: every endpoint, the ways to sign in,
 * problems for refusals, and the seed's models as schemas that the live answers validate against.
 */
class ApiDescriptionTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theDescriptionNamesEveryEndpointAndTheLiveAnswersMatchItsSchemas() throws Exception {
		HttpResponse<String> answer = LiveServer.get("/v3/api-docs", null);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode api = JSON.readTree(answer.body());
		assertThat(api.get("openapi").asString()).startsWith("3.1");
		List<String> paths = new ArrayList<>();
		api.get("paths").propertyNames().forEach(paths::add);
		assertThat(paths).contains("/admin/monitoring/data", "/admin/monitoring/activity",
				"/admin/monitoring/export/{format}", "/admin/monitoring", "/admin/partials/monitoring/{section}",
				"/admin/jobs", "/admin/jobs/{job}/run", "/admin/jobs/runs/{id}", "/admin/webhooks/{name}/enable", "/admin/login");
		JsonNode data = api.get("paths").get("/admin/monitoring/data").get("get");
		assertThat(data.get("responses").get("200").get("content").get("application/json").get("schema").get("$ref")
			.asString()).isEqualTo("#/components/schemas/MonitoringData");
		for (String refusal : List.of("401", "403", "429")) {
			assertThat(data.get("responses").get(refusal).get("content").get("application/problem+json").get("schema")
				.get("$ref").asString()).isEqualTo("#/components/schemas/Problem");
		}
		List<String> parameters = new ArrayList<>();
		data.get("parameters").forEach((parameter) -> parameters.add(parameter.get("name").asString()));
		assertThat(parameters).containsExactlyInAnyOrder("client_id", "period", "from", "to");
		JsonNode schemes = api.get("components").get("securitySchemes");
		assertThat(schemes.get("platform").get("bearerFormat").asString()).isEqualTo("JWT");
		assertThat(schemes.get("session").get("name").asString()).isEqualTo("forge_session");
		assertThat(schemes.has("serviceAccount")).isTrue();

		// The live answers, for a superadmin and a subscriber, are instances of the schemas the description gives.
		JsonNode definitions = JSON.readTree(JSON.writeValueAsString(api.get("components").get("schemas"))
			.replace("#/components/schemas/", "#/$defs/"));
		for (String token : List.of(LiveServer.SUPERADMIN, LiveServer.SUBSCRIBER)) {
			SeedModels.assertValid(definitions, "MonitoringData",
					JSON.readTree(LiveServer.get("/admin/monitoring/data", token).body()), "/admin/monitoring/data");
			SeedModels.assertValid(definitions, "ActivityEvents",
					JSON.readTree(LiveServer.get("/admin/monitoring/activity?limit=20", token).body()),
					"/admin/monitoring/activity");
		}
		SeedModels.assertValid(definitions, "Problem",
				JSON.readTree(LiveServer.get("/admin/monitoring/data?period=fortnight", LiveServer.SUPERADMIN).body()),
				"a refusal");
	}

}
