package com.sidekickforge.monitor.api;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads it, a request whose parameters cannot be read as the API takes them: more
 * than {@value #MOST_PARAMETERS} parameters, percent-encoding that is not UTF-8, a form body larger than the
 * server takes, a multipart body (no endpoint takes one). Each is a 400 problem naming what is wrong, never the
 * values (nothing a caller sends is echoed into the log or the answer), and never a stack trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestShape extends OncePerRequestFilter {

	static final int MOST_PARAMETERS = 1000;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			Problems.write(response, HttpStatus.BAD_REQUEST, "multipart bodies are not taken: parameters go in the query",
					request);
			return;
		}
		int parameters;
		try {
			// Values, not names: a=1&a=2 is two.
			parameters = request.getParameterMap().values().stream().mapToInt((values) -> values.length).sum();
		}
		catch (IllegalStateException ex) {
			// Tomcat's InvalidParameterException: bad percent-encoding, bytes that are not UTF-8, a body too large.
			String why = String.valueOf(ex.getMessage()).contains("too big")
					? "the form body is larger than this server takes" : "a parameter is not valid percent-encoded UTF-8";
			Problems.write(response, HttpStatus.BAD_REQUEST, "The request's parameters cannot be read: " + why, request);
			return;
		}
		if (parameters > MOST_PARAMETERS) {
			Problems.write(response, HttpStatus.BAD_REQUEST,
					"More than " + MOST_PARAMETERS + " parameters: no endpoint takes that many", request);
			return;
		}
		chain.doFilter(request, response);
	}

}
