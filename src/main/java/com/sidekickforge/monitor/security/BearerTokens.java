package com.sidekickforge.monitor.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Sidekick Forge admin keeps a person's access token in its {@code admin_token} cookie: where this server
 * shares the admin's site, a person signed in there is signed in here. The cookie signs in a request that has no
 * bearer header and no session of its own; a cookie that no longer signs in (expired) leaves the request
 * anonymous, so the person is sent to sign in rather than refused outright.
 */
class BearerTokens extends OncePerRequestFilter {

	static final String PLATFORM_COOKIE = "admin_token";

	private final TokenAuthentication tokens;

	private final RequestAttributeSecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

	BearerTokens(TokenAuthentication tokens) {
		this.tokens = tokens;
	}

	static String platformCookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return null;
		}
		for (Cookie cookie : request.getCookies()) {
			if (PLATFORM_COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
				return cookie.getValue();
			}
		}
		return null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String cookie = platformCookie(request);
		var current = SecurityContextHolder.getContext().getAuthentication();
		if (cookie != null && request.getHeader("Authorization") == null
				&& (current == null || !current.isAuthenticated() || !(current instanceof CallerAuthentication))) {
			try {
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(this.tokens.authenticate(new BearerTokenAuthenticationToken(cookie)));
				SecurityContextHolder.setContext(context);
				// Kept with the request too, as the bearer filter keeps its own: an async or error dispatch of the
				// same request is signed in as well.
				this.contexts.saveContext(context, request, response);
			}
			catch (AuthenticationException ex) {
				// An expired or foreign cookie: anonymous, to be sent to sign in.
			}
		}
		chain.doFilter(request, response);
	}

}
