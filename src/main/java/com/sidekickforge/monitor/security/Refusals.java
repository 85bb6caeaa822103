package com.sidekickforge.monitor.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers a refusal made before any controller (no token, a wrong one, too many requests, no right) the way the
 * controllers' refusals are answered: through the MVC exception handlers, as one RFC 9457 problem format.
 */
@Component
@ConditionalOnWebApplication
class Refusals {

	private final HandlerExceptionResolver resolver;

	Refusals(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		this.resolver = resolver;
	}

	void refuse(HttpServletRequest request, HttpServletResponse response, Exception refusal) {
		if (this.resolver.resolveException(request, response, null, refusal) == null) {
			throw new IllegalStateException("No handler answers " + refusal.getClass().getSimpleName(), refusal);
		}
	}

}
