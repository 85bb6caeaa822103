package com.sidekickforge.monitor.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import com.sidekickforge.monitor.config.ForgeProperties;

/**
 * {@code serve}'s one security filter chain. Open: the login page, the packaged scripts, {@code /actuator/health}
 * (its details for a superadmin) and the API's description; {@code /actuator}'s metrics are a superadmin's; every
 * other path needs a caller who sees at least one client. Paths are matched as the dispatcher routes them (Spring
 * Security's firewall refuses encoded and decorated paths outright). Bearer requests need no CSRF token; a
 * browser's (session or platform cookie) changes nothing without the page's token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	@Bean
	SignInAttempts signInAttempts(RateLimiter limiter, Refusals refusals, ForgeProperties properties) {
		return new SignInAttempts(limiter, refusals, properties);
	}

	/** The filter runs in the security chain only, not also as a servlet filter of its own. */
	@Bean
	FilterRegistrationBean<SignInAttempts> signInAttemptsInTheChainOnly(SignInAttempts attempts) {
		FilterRegistrationBean<SignInAttempts> registration = new FilterRegistrationBean<>(attempts);
		registration.setEnabled(false);
		return registration;
	}

	/** A path the firewall refuses (encoded or decorated: {@code %2e}, {@code ;x}) is a 400 problem, not a 500. */
	@Bean
	RequestRejectedHandler requestRejected(Refusals refusals) {
		return (request, response, refusal) -> refusals.refuse(request, response, refusal);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, TokenAuthentication tokens, SignInAttempts attempts,
			Refusals refusals, ServiceAccounts accounts, PlatformAccess access, RateLimiter limiter) throws Exception {
		AuthenticationEntryPoint unauthenticated = (request, response, refusal) -> {
			if (refusal instanceof InvalidBearerTokenException || request.getHeader("Authorization") != null) {
				attempts.failed(request);
			}
			refusals.refuse(request, response, refusal);
		};
		AccessDeniedHandler denied = (request, response, refusal) -> refusals.refuse(request, response, refusal);
		http.authorizeHttpRequests((paths) -> paths
			.requestMatchers("/webjars/**", "/admin/login", "/actuator/health", "/actuator/health/**", "/error",
					"/v3/api-docs", "/v3/api-docs/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("SUPERADMIN")
			.anyRequest()
			.access(SecurityConfiguration::seesAClient))
			.oauth2ResourceServer((resource) -> resource.authenticationManagerResolver((request) -> tokens)
				.authenticationEntryPoint(unauthenticated)
				.accessDeniedHandler(denied))
			.exceptionHandling((refused) -> refused.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
			.csrf((csrf) -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::mayBeForged))
			.headers((headers) -> headers.referrerPolicy(
					(referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.logout((logout) -> logout.logoutUrl("/admin/logout")
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new ContentSecurityPolicy(), HeaderWriterFilter.class)
			.addFilterBefore(attempts, BearerTokenAuthenticationFilter.class)
			.addFilterAfter(new BearerTokens(tokens), BearerTokenAuthenticationFilter.class)
			.addFilterAfter(new CallerChecks(accounts, access, limiter, refusals), BearerTokens.class);
		return http.build();
	}

	/**
	 * A request another site could make a browser send with the browser's credentials: one that changes something
	 * and is signed in by a cookie (the session's or the platform's), not by a bearer header a foreign page cannot
	 * set. The sign-in itself always needs the login page's token, or a foreign page could sign a browser in as
	 * someone else.
	 */
	private static boolean mayBeForged(HttpServletRequest request) {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method)) {
			return false;
		}
		if ("/admin/login".equals(request.getServletPath())) {
			return true;
		}
		return request.getHeader("Authorization") == null
				&& (request.getRequestedSessionId() != null || BearerTokens.platformCookie(request) != null);
	}

	/** Signed in, and some client to see: a person whose memberships are all suspended sees nothing at all. */
	private static AuthorizationDecision seesAClient(Supplier<? extends Authentication> who,
			RequestAuthorizationContext request) {
		Authentication authentication = who.get();
		return new AuthorizationDecision(authentication instanceof CallerAuthentication caller
				&& caller.getPrincipal().seesAnything());
	}

}
