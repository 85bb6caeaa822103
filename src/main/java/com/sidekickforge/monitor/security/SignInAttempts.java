package com.sidekickforge.monitor.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import com.sidekickforge.monitor.config.ForgeProperties;

/**
 * Limits guessing: each failed sign-in (a wrong token at the login page or as a bearer) takes one of the
 * address's {@code forge.auth.sign-in-attempts} a minute; once they are used up, any request of that address that
 * tries to sign in is answered 429 with {@code Retry-After}, before its token is even looked at.
 */
class SignInAttempts extends OncePerRequestFilter {

	private final RateLimiter limiter;

	private final Refusals refusals;

	private final int perMinute;

	SignInAttempts(RateLimiter limiter, Refusals refusals, ForgeProperties properties) {
		this.limiter = limiter;
		this.refusals = refusals;
		this.perMinute = properties.auth().signInAttempts();
	}

	/** Counts a failed sign-in of the request's address. */
	void failed(HttpServletRequest request) {
		this.limiter.take(key(request), this.perMinute);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (signsIn(request)) {
			Duration wait = this.limiter.waiting(key(request), this.perMinute);
			if (!wait.isZero()) {
				this.refusals.refuse(request, response, new TooManyRequestsException("More than " + this.perMinute
						+ " failed sign-ins a minute from this address", wait));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** A request that presents a token: a bearer header, the platform's cookie, or the login form. */
	private static boolean signsIn(HttpServletRequest request) {
		return request.getHeader("Authorization") != null || BearerTokens.platformCookie(request) != null
				|| ("POST".equals(request.getMethod()) && "/admin/login".equals(request.getServletPath()));
	}

	private static String key(HttpServletRequest request) {
		return "sign-in:" + request.getRemoteAddr();
	}

}
