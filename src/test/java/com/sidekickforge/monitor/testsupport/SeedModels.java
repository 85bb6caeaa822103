package com.sidekickforge.monitor.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's models ({@code MonitoringData}, {@code QuotaStatus}, {@code SidekickStatus}, {@code DailyUsage},
 * {@code ActivityEvent}) as a JSON Schema ({@code seed-models.schema.json}), typed as the seed types them: what the
 * product writes or serves must validate against them.
 */
public final class SeedModels {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNode DEFINITIONS = read();

	private SeedModels() {
	}

	/** Asserts that a JSON document is a valid instance of one of the seed's models ("MonitoringData", ...). */
	public static void assertValid(String model, JsonNode document, String what) {
		List<Error> errors = schema(model).validate(document);
		assertThat(errors).as("%s as the seed's %s", what, model).isEmpty();
	}

	public static void assertValid(String model, String document, String what) {
		assertValid(model, JSON.readTree(document), what);
	}

	/**
	 * Asserts that a JSON document is a valid instance of a model of other definitions (a {@code $defs} object, such
	 * as the API description's components, their references pointed back at {@code #/$defs/}).
	 */
	public static void assertValid(JsonNode definitions, String model, JsonNode document, String what) {
		ObjectNode root = JSON.createObjectNode();
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		root.set("$defs", definitions);
		root.put("$ref", "#/$defs/" + model);
		List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(SchemaLocation.of("urn:forge-monitor:api-description"), root)
			.validate(document);
		assertThat(errors).as("%s as the API description's %s", what, model).isEmpty();
	}

	private static Schema schema(String model) {
		ObjectNode root = (ObjectNode) DEFINITIONS.deepCopy();
		root.put("$ref", "#/$defs/" + model);
		return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(SchemaLocation.of("urn:forge-monitor:seed-models"), root);
	}

	private static JsonNode read() {
		try (InputStream in = SeedModels.class.getResourceAsStream("/openapi/seed-models.schema.json")) {
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
