package com.sidekickforge.monitor.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HTTP API's description at {@code /v3/api-docs} (springdoc-openapi, OpenAPI 3.1): the endpoints as the
 * controllers declare them, the seed's models ({@code MonitoringData}, {@code ActivityEvent}, ...) as schemas from
 * the same JSON Schema the tests hold every answer to, RFC 9457 problems for every refusal, and the three ways to
 * sign in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiDescription {

	static final String PROBLEM = "#/components/schemas/Problem";

	@Bean
	OpenAPI forgeMonitorApi() {
		return new OpenAPI()
			.info(new Info().title("Forge Monitor API")
				.version("1")
				.description("Usage, quotas, activity and health of Sidekick Forge's clients, each answer built for "
						+ "the caller's scope: a superadmin sees every client, an admin and a subscriber theirs."))
			.components(new Components()
				.addSecuritySchemes("platform", new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("JWT")
					.description("A Sidekick Forge access token (the Supabase JWT of a signed-in person), as a bearer "
							+ "header or in the admin's admin_token cookie"))
				.addSecuritySchemes("serviceAccount", new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("A service account's token of users.yml"))
				.addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.COOKIE)
					.name("forge_session")
					.description("A browser's session, begun at /admin/login; requests that change something also "
							+ "send the page's CSRF token (X-CSRF-TOKEN)")))
			.addSecurityItem(new SecurityRequirement().addList("platform"))
			.addSecurityItem(new SecurityRequirement().addList("serviceAccount"))
			.addSecurityItem(new SecurityRequirement().addList("session"));
	}

	/** The seed's models and the problem document as schemas; every operation's refusals as problems. */
	@Bean
	OpenApiCustomizer seedModelsAndProblems() {
		return (api) -> {
			Components components = api.getComponents();
			seedModels().forEach((name, schema) -> components.addSchemas(name, schema));
			components.addSchemas("Problem", problem());
			Content problem = new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref(PROBLEM)));
			api.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
				var responses = operation.getResponses();
				responses.putIfAbsent("400", new ApiResponse().description("A parameter that is not valid (named "
						+ "in the problem's parameter)").content(problem));
				responses.putIfAbsent("401", new ApiResponse().description("No token, or one that signs nobody in "
						+ "(WWW-Authenticate: Bearer)").content(problem));
				responses.putIfAbsent("403", new ApiResponse().description("Not the caller's: a client outside "
						+ "their scope, a superadmin's endpoint, or a browser's request without its CSRF token")
					.content(problem));
				responses.putIfAbsent("429", new ApiResponse().description("Past the caller's rate limit, or past "
						+ "the address's failed sign-ins (Retry-After)").content(problem));
			}));
		};
	}

	/** The {@code $defs} of {@code openapi/seed-models.schema.json}, their references pointed at the components. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static Map<String, Schema> seedModels() {
		try (InputStream in = ApiDescription.class.getResourceAsStream("/openapi/seed-models.schema.json")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("#/$defs/",
					"#/components/schemas/");
			Map<String, Object> root = Json31.mapper().readValue(text, Map.class);
			Map<String, Object> definitions = (Map<String, Object>) root.get("$defs");
			Map<String, Schema> schemas = new LinkedHashMap<>();
			definitions.forEach((name, definition) -> schemas.put(name,
					Json31.mapper().convertValue(definition, Schema.class)));
			return schemas;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the seed's models: " + ex.getMessage(), ex);
		}
	}

	@SuppressWarnings("rawtypes")
	private static Schema problem() {
		return new Schema<>().type("object")
			.description("RFC 9457 problem details")
			.addProperty("type", new Schema<>().type("string"))
			.addProperty("title", new Schema<>().type("string"))
			.addProperty("status", new Schema<>().type("integer"))
			.addProperty("detail", new Schema<>().type("string"))
			.addProperty("instance", new Schema<>().type("string"))
			.addProperty("parameter", new Schema<>().type("string").description("the query parameter at fault"))
			.required(List.of("type", "title", "status", "detail"));
	}

}
