package com.sidekickforge.monitor.report.model;

import java.io.OutputStream;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of reports: snake_case field names (DESIGN.md section 5), ISO dates and instants, without indentation:
 * a thousand clients' exports are read by programs ({@code jq .} indents one for a person), and indentation was a
 * fifth of their bytes.
 */
public final class ReportJson {

	private final JsonMapper mapper;

	public ReportJson() {
		this.mapper = JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.disable(SerializationFeature.INDENT_OUTPUT)
			.build();
	}

	public void write(Object value, OutputStream out) {
		this.mapper.writeValue(out, value);
	}

	public String compact(Object value) {
		return this.mapper.writeValueAsString(value);
	}

	public JsonMapper mapper() {
		return this.mapper;
	}

}
