package com.sidekickforge.monitor.report;

import java.io.OutputStream;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of reports: snake_case field names (DESIGN.md section 5), ISO dates and instants, indented for
 * people; {@code compact()} for what the dashboard embeds.
 */
public final class ReportJson {

	private final JsonMapper mapper;

	private final JsonMapper compact;

	public ReportJson() {
		this.mapper = JsonMapper.builder()
			.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
			.enable(SerializationFeature.INDENT_OUTPUT)
			.build();
		this.compact = this.mapper.rebuild().disable(SerializationFeature.INDENT_OUTPUT).build();
	}

	public void write(Object value, OutputStream out) {
		this.mapper.writeValue(out, value);
	}

	public String compact(Object value) {
		return this.compact.writeValueAsString(value);
	}

	public JsonMapper mapper() {
		return this.mapper;
	}

}
