package com.sidekickforge.monitor.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import com.sidekickforge.monitor.report.model.ReportJson;

/**
 * RFC 9457 problem documents, modelled as Spring's {@link ProblemDetail}: {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}, and {@code parameter} when one query parameter is at fault. The
 * same body whether a controller or Spring Security refuses; written directly, whatever the caller accepts.
 */
final class Problems {

	static final MediaType PROBLEM_JSON = MediaType.parseMediaType("application/problem+json");

	private static final ReportJson JSON = new ReportJson();

	private Problems() {
	}

	/** The problem as Spring's {@link ProblemDetail}, written as RFC 9457 JSON. */
	static String body(HttpStatus status, String detail, String parameter, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(instance(request));
		if (parameter != null) {
			problem.setProperty("parameter", parameter);
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("type", (problem.getType() != null) ? problem.getType().toString() : "about:blank");
		fields.put("title", problem.getTitle());
		fields.put("status", problem.getStatus());
		fields.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			fields.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			fields.putAll(problem.getProperties());
		}
		return JSON.compact(fields);
	}

	/**
	 * The request's path, when it is one a URI can hold (a path the firewall refused may not be); none without a
	 * request.
	 */
	private static URI instance(HttpServletRequest request) {
		if (request == null || request.getRequestURI() == null) {
			return null;
		}
		try {
			return URI.create(request.getRequestURI());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static ResponseEntity<String> entity(HttpStatus status, String detail, String parameter, HttpServletRequest request) {
		return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(body(status, detail, parameter, request));
	}

	static void write(HttpServletResponse response, HttpStatus status, String detail, HttpServletRequest request)
			throws IOException {
		write(response, status, detail, null, request);
	}

	static void write(HttpServletResponse response, HttpStatus status, String detail, String parameter,
			HttpServletRequest request) throws IOException {
		response.setStatus(status.value());
		response.setContentType(PROBLEM_JSON.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(body(status, detail, parameter, request));
	}

}
