package com.sidekickforge.monitor.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * A browser's sign-in at the login page: the token (a Sidekick Forge access token or a service account's) is
 * checked once and a session begins, its own id in its own cookie (never the token), with a new session id and a new
 * CSRF token, so that nothing fixed before the sign-in survives it. Signing out ends the session on the store.
 */
@Component
@ConditionalOnWebApplication
public class SignIn {

	private final TokenAuthentication tokens;

	private final SignInAttempts attempts;

	private final SessionAuthenticationStrategy session = new CompositeSessionAuthenticationStrategy(
			List.of(new ChangeSessionIdAuthenticationStrategy(),
					new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignIn(TokenAuthentication tokens, SignInAttempts attempts) {
		this.tokens = tokens;
		this.attempts = attempts;
	}

	/** @return whether the token signed the browser in (a wrong one counts against the address's attempts) */
	public boolean signIn(String token, HttpServletRequest request, HttpServletResponse response) {
		try {
			var signedIn = this.tokens.authenticate(new BearerTokenAuthenticationToken(token));
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(signedIn);
			SecurityContextHolder.setContext(context);
			request.getSession(true);
			this.session.onAuthentication(signedIn, request, response);
			this.contexts.saveContext(context, request, response);
			return true;
		}
		catch (AuthenticationException ex) {
			this.attempts.failed(request);
			return false;
		}
	}

}
