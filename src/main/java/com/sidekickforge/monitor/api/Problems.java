package com.sidekickforge.monitor.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.sidekickforge.monitor.report.ReportJson;

/**
 * RFC 9457 problem documents: {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}, and
 * {@code parameter} when one query parameter is at fault. The same body whether a controller or the
 * authentication filter refuses.
 */
final class Problems {

	static final MediaType PROBLEM_JSON = MediaType.parseMediaType("application/problem+json");

	private static final ReportJson JSON = new ReportJson();

	private Problems() {
	}

	static String body(HttpStatus status, String detail, String parameter, HttpServletRequest request) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		if (parameter != null) {
			problem.put("parameter", parameter);
		}
		return JSON.compact(problem);
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
