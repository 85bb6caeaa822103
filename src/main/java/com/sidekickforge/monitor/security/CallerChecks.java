package com.sidekickforge.monitor.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Once a caller is known: who they are now (a browser session keeps who signed in, but a service account removed
 * from {@code users.yml} or a person who lost a membership loses it at the next request, within the platform
 * cache's time), then their rate limit: {@code forge.api.rate-limit} requests a minute (or the account's own), more
 * are answered 429 with {@code Retry-After}.
 */
class CallerChecks extends OncePerRequestFilter {

	private final ServiceAccounts accounts;

	private final PlatformAccess access;

	private final RateLimiter limiter;

	private final Refusals refusals;

	private final RequestAttributeSecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

	CallerChecks(ServiceAccounts accounts, PlatformAccess access, RateLimiter limiter, Refusals refusals) {
		this.accounts = accounts;
		this.access = access;
		this.limiter = limiter;
		this.refusals = refusals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication signedIn) {
			Optional<ApiCaller> now = (signedIn.person() != null) ? Optional.of(this.access.caller(signedIn.person()))
					: this.accounts.current(signedIn.getPrincipal());
			if (now.isEmpty()) {
				// Revoked since the session began: signed out here and now.
				SecurityContextHolder.clearContext();
				var session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else {
				ApiCaller caller = now.get();
				if (!caller.equals(signedIn.getPrincipal())) {
					var context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(new CallerAuthentication(caller, signedIn.person()));
					SecurityContextHolder.setContext(context);
					this.contexts.saveContext(context, request, response);
				}
				Duration wait = this.limiter.take(caller.key(), caller.rateLimit());
				if (!wait.isZero()) {
					this.refusals.refuse(request, response, new TooManyRequestsException(
							"More than " + caller.rateLimit() + " requests a minute", wait));
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

}
