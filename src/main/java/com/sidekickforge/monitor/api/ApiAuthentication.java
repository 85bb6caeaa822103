package com.sidekickforge.monitor.api;

import java.io.IOException;

import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.sidekickforge.monitor.config.Role;
import com.sidekickforge.monitor.mail.MailTemplates;

/**
 * Who is calling, before anything else runs: the bearer token (or, for a browser, the cookie the login page set)
 * must be a user's of {@code users.yml}: 401 without, 429 with {@code Retry-After} past the user's rate limit.
 * Open: the login page, the packaged scripts and {@code /actuator/health} (its details only for a superadmin).
 * The rest of {@code /actuator} is a superadmin's.
 */
@Component
@ConditionalOnWebApplication
class ApiAuthentication extends OncePerRequestFilter {

	/** The request attribute holding the {@link ApiCaller}. */
	static final String CALLER = ApiAuthentication.class.getName() + ".caller";

	/** The cookie the login page sets: the same token, for a browser that cannot send a header by itself. */
	static final String COOKIE = "forge_token";

	private final ApiUsers users;

	private final RateLimiter limiter;

	private final MailTemplates templates;

	private final int anonymousRateLimit;

	ApiAuthentication(ApiUsers users, RateLimiter limiter, MailTemplates templates,
			com.sidekickforge.monitor.config.ForgeProperties properties) {
		this.users = users;
		this.limiter = limiter;
		this.templates = templates;
		this.anonymousRateLimit = properties.api().rateLimit();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/webjars/") || path.equals("/admin/login")) {
			chain.doFilter(request, response);
			return;
		}
		boolean health = path.equals("/actuator/health") || path.startsWith("/actuator/health/");
		if (!health && !path.startsWith("/admin/") && !path.equals("/admin") && !path.startsWith("/actuator")) {
			chain.doFilter(request, response);
			return;
		}
		String token = token(request);
		Optional<ApiCaller> caller = (token != null) ? this.users.byToken(token) : Optional.empty();
		if (health) {
			// Anyone may ask whether the node is up; who is known sees the details (show-details: when-authorized).
			chain.doFilter(caller.isPresent() ? new Authenticated(request, caller.get()) : request, response);
			return;
		}
		if (caller.isEmpty()) {
			// Guessing tokens is limited by address like any caller by token.
			if (token != null && refusedByRate("address:" + request.getRemoteAddr(), this.anonymousRateLimit, request,
					response)) {
				return;
			}
			unauthorized(request, response, token != null);
			return;
		}
		ApiCaller who = caller.get();
		if (refusedByRate("token:" + who.tokenSha256(), who.rateLimit(), request, response)) {
			return;
		}
		if (path.startsWith("/actuator") && who.role() != Role.SUPERADMIN) {
			Problems.write(response, HttpStatus.FORBIDDEN, "Metrics are a superadmin's; " + who.name() + " is "
					+ who.role().name().toLowerCase(java.util.Locale.ROOT), request);
			return;
		}
		request.setAttribute(CALLER, who);
		chain.doFilter(new Authenticated(request, who), response);
	}

	private static String token(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String token = header.substring(7).trim();
			return token.isEmpty() ? null : token;
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	private boolean refusedByRate(String key, int perMinute, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Duration wait = this.limiter.take(key, perMinute);
		if (wait.isZero()) {
			return false;
		}
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		Problems.write(response, HttpStatus.TOO_MANY_REQUESTS,
				"More than " + perMinute + " requests a minute; try again in " + seconds + " s", request);
		return true;
	}

	private void unauthorized(HttpServletRequest request, HttpServletResponse response, boolean tokenSent)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				"Bearer realm=\"forge-monitor\"" + (tokenSent ? ", error=\"invalid_token\"" : ""));
		String detail = tokenSent ? "The bearer token is not one of users.yml's"
				: "A bearer token is needed (Authorization: Bearer <token>)";
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if ("GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")) {
			// A person with a browser: the login page, which keeps the token in a cookie for the live dashboard.
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write(this.templates.html("dashboard/login",
					Map.of("message", detail, "next", request.getRequestURI())));
			return;
		}
		Problems.write(response, HttpStatus.UNAUTHORIZED, detail, request);
	}

	/** The request as the actuator sees it: a principal with the caller's role. */
	private static final class Authenticated extends HttpServletRequestWrapper {

		private final ApiCaller caller;

		Authenticated(HttpServletRequest request, ApiCaller caller) {
			super(request);
			this.caller = caller;
		}

		@Override
		public Principal getUserPrincipal() {
			return this.caller::name;
		}

		@Override
		public String getRemoteUser() {
			return this.caller.name();
		}

		@Override
		public boolean isUserInRole(String role) {
			return this.caller.role().name().equalsIgnoreCase(role);
		}

	}


}
