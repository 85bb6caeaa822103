package com.sidekickforge.monitor.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a Supabase project's auth server, on loopback: it signs access tokens in the platform's shape
 * (HS256 with the project's secret, ES256 with a key it publishes as a JWKS) and serves that JWKS. Only what a
 * resource server sees of an auth server; nothing here is called per request.
 */
public final class PlatformIssuer implements AutoCloseable {

	public static final String ISSUER = "https://forge-test.supabase.co/auth/v1";

	private final String secret;

	private final ECKey key;

	private final HttpServer server;

	public PlatformIssuer() {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		this.secret = HexFormat.of().formatHex(random);
		try {
			this.key = new ECKeyGenerator(Curve.P_256).keyID("forge-test-key").generate();
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (JOSEException | IOException ex) {
			throw new IllegalStateException(ex);
		}
		byte[] jwks = new JWKSet(this.key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		this.server.createContext("/auth/v1/.well-known/jwks.json", (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, jwks.length);
			exchange.getResponseBody().write(jwks);
			exchange.close();
		});
		this.server.start();
	}

	public String secret() {
		return this.secret;
	}

	public String jwksUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/auth/v1/.well-known/jwks.json";
	}

	/** The claims of a token as Supabase issues it to a signed-in user: valid for an hour from now. */
	public static JWTClaimsSet.Builder claims(UUID user, String email, Map<String, Object> metadata) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().subject(user.toString())
			.issuer(ISSUER)
			.audience("authenticated")
			.claim("role", "authenticated")
			.claim("email", email)
			.claim("user_metadata", metadata)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(3600)));
	}

	public String hs256(JWTClaimsSet claims) {
		return sign(new JWSHeader(JWSAlgorithm.HS256), claims, true);
	}

	public String es256(JWTClaimsSet claims) {
		return sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(this.key.getKeyID()).build(), claims, false);
	}

	/** The same claims signed with another secret: a forgery. */
	public static String forgedHs256(JWTClaimsSet claims) {
		try {
			SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
			token.sign(new MACSigner("another-secret-another-secret-another-secret".getBytes(StandardCharsets.UTF_8)));
			return token.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An unsigned token ({@code alg: none}). */
	public static String unsigned(JWTClaimsSet claims) {
		return new PlainJWT(claims).serialize();
	}

	private String sign(JWSHeader header, JWTClaimsSet claims, boolean shared) {
		try {
			SignedJWT token = new SignedJWT(header, claims);
			token.sign(shared ? new MACSigner(this.secret.getBytes(StandardCharsets.UTF_8)) : new ECDSASigner(this.key));
			return token.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
