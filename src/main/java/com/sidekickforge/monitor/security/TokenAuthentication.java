package com.sidekickforge.monitor.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Who a token is: a service account's of {@code users.yml} first (a plain token), else a Sidekick Forge access
 * token, verified and turned into a caller with the role and clients the platform gives the person.
 */
@Component
@ConditionalOnWebApplication
class TokenAuthentication implements AuthenticationManager {

	private final ServiceAccounts accounts;

	private final PlatformTokens tokens;

	private final PlatformAccess access;

	TokenAuthentication(ServiceAccounts accounts, PlatformTokens tokens, PlatformAccess access) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.access = access;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
			throw new ProviderNotFoundException("Only tokens sign in here");
		}
		String token = bearer.getToken();
		var account = this.accounts.byToken(token);
		if (account.isPresent()) {
			return new CallerAuthentication(account.get(), null);
		}
		if (this.tokens.enabled() && PlatformTokens.looksLikeJwt(token)) {
			PlatformUser person;
			try {
				person = PlatformUser.of(this.tokens.decode(token));
			}
			catch (JwtException | IllegalArgumentException ex) {
				throw new InvalidBearerTokenException("The Sidekick Forge token is refused: " + reason(ex));
			}
			return new CallerAuthentication(this.access.caller(person), person);
		}
		throw new InvalidBearerTokenException("The token is neither a service account's of users.yml"
				+ (this.tokens.enabled() ? " nor a valid Sidekick Forge token" : ""));
	}

	/** Nimbus and Spring say why a token failed with a prefix of their own: the reason a person can act on. */
	private static String reason(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		int colon = message.lastIndexOf("decode the Jwt: ");
		return (colon >= 0) ? message.substring(colon + "decode the Jwt: ".length()) : message;
	}

}
