package com.sidekickforge.monitor.security;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;

/**
 * Verifies Sidekick Forge's access tokens here, with no call to the auth server per request: HS256 tokens with the
 * project's JWT secret, asymmetric ones (ES256, RS256) with the keys of the project's JWKS (fetched once and cached
 * by Nimbus). Issuer (when configured), audience, expiry and not-before are checked with a small clock skew; an
 * unsigned token ({@code alg: none}) and a token signed otherwise than configured are refused.
 */
@Component
@ConditionalOnWebApplication
class PlatformTokens {

	private final JwtDecoder bySecret;

	private final JwtDecoder byKeys;

	PlatformTokens(ForgeProperties properties) {
		ForgeProperties.Platform platform = properties.auth().platform();
		OAuth2TokenValidator<Jwt> checks = checks(platform);
		if (platform.jwtSecret() != null && !platform.jwtSecret().isBlank()) {
			NimbusJwtDecoder decoder = NimbusJwtDecoder
				.withSecretKey(new SecretKeySpec(platform.jwtSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
				.macAlgorithm(MacAlgorithm.HS256)
				.build();
			decoder.setJwtValidator(checks);
			this.bySecret = decoder;
		}
		else {
			this.bySecret = null;
		}
		if (platform.jwksUrl() != null) {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(platform.jwksUrl().toString())
				.jwsAlgorithms((algorithms) -> {
					algorithms.add(SignatureAlgorithm.ES256);
					algorithms.add(SignatureAlgorithm.RS256);
				})
				.build();
			decoder.setJwtValidator(checks);
			this.byKeys = decoder;
		}
		else {
			this.byKeys = null;
		}
	}

	/** Whether people can sign in: a secret or a JWKS is configured. */
	boolean enabled() {
		return this.bySecret != null || this.byKeys != null;
	}

	/** Whether the token has the shape of a JWT (three dot-separated parts), as opposed to a service account's. */
	static boolean looksLikeJwt(String token) {
		return token.chars().filter((c) -> c == '.').count() == 2;
	}

	/**
	 * The token's claims, once its signature and claims are checked.
	 *
	 * @throws org.springframework.security.oauth2.jwt.JwtException saying why it is refused
	 */
	Jwt decode(String token) {
		JWSAlgorithm algorithm;
		try {
			var parsed = JWTParser.parse(token);
			if (parsed instanceof PlainJWT) {
				throw new BadJwtException("an unsigned token (alg: none) is refused");
			}
			algorithm = (JWSAlgorithm) parsed.getHeader().getAlgorithm();
		}
		catch (ParseException | ClassCastException ex) {
			throw new BadJwtException("not a signed JWT");
		}
		boolean shared = JWSAlgorithm.Family.HMAC_SHA.contains(algorithm);
		JwtDecoder decoder = shared ? this.bySecret : this.byKeys;
		if (decoder == null) {
			throw new BadJwtException("tokens signed with " + algorithm + " are not accepted here (forge.auth.platform."
					+ (shared ? "jwt-secret" : "jwks-url") + " is not set)");
		}
		return decoder.decode(token);
	}

	private static OAuth2TokenValidator<Jwt> checks(ForgeProperties.Platform platform) {
		List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
		checks.add(new JwtTimestampValidator(platform.clockSkew()));
		checks.add(new JwtClaimValidator<Object>(JwtClaimNames.EXP, (expiry) -> expiry != null));
		checks.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				(audience) -> audience != null && audience.contains(platform.audience())));
		if (platform.issuer() != null && !platform.issuer().isBlank()) {
			checks.add(new JwtIssuerValidator(platform.issuer()));
		}
		return new DelegatingOAuth2TokenValidator<>(checks);
	}

}
