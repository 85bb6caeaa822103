package com.sidekickforge.monitor.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.sidekickforge.monitor.ForgeMonitorApplication;
import com.sidekickforge.monitor.testsupport.DemoReports;
import com.sidekickforge.monitor.testsupport.PlatformIssuer;

/**
 * {@code serve}'s web side on the demo's twelve clients, on a free loopback port, as of the demo's last day, with
 * API users of every role; shared by the API tests of this JVM. Its own copy of the demo's config directory, so the
 * users it adds are nobody else's.
 */
final class LiveServer {

	static final String SUPERADMIN = "ops-token-3f1c";

	/** Admin of {@link #OTHER_CLIENT} only. */
	static final String ADMIN_OF_OTHER = "partner-token-77aa";

	/** Subscriber of {@link #CLIENT}, with a rate limit of its own. */
	static final String SUBSCRIBER = "reader-token-19bd";

	/** A subscriber of {@link #CLIENT} allowed 5 requests a minute: for the burst test alone. */
	static final String LIMITED = "burst-token-5a5a";

	/** Failed sign-ins an address may make a minute: more than the tests make from 127.0.0.1 by mistake. */
	static final int SIGN_IN_ATTEMPTS = 300;

	/** The Supabase project whose tokens the server accepts (its secret and its JWKS). */
	static final PlatformIssuer ISSUER = new PlatformIssuer();

	static final String CLIENT = "cafe-noir-bistro";

	static final String OTHER_CLIENT = "krakow-tech-hub";

	private static ConfigurableApplicationContext context;

	private static URI base;

	private static Path config;

	/** The server's own configuration directory (a copy), for tests that edit its files while it runs. */
	static Path configDir() {
		base();
		return config;
	}

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private LiveServer() {
	}

	static synchronized URI base() {
		if (context == null) {
			Path out = DemoReports.out();
			try {
				config = Files.createTempDirectory("forge-api-config");
				try (Stream<Path> files = Files.list(out.resolve("config"))) {
					for (Path file : files.toList()) {
						Files.copy(file, config.resolve(file.getFileName()));
					}
				}
				Files.writeString(config.resolve("users.yml"), """
						users:
						  - name: ops
						    role: superadmin
						    token-sha256: %s
						  - name: partner
						    role: admin
						    clients: [%s]
						    token-sha256: %s
						  - name: reader
						    role: subscriber
						    clients: [%s]
						    token-sha256: %s
						  - name: burst
						    role: subscriber
						    clients: [%s]
						    token-sha256: %s
						    rate-limit: 5
						""".formatted(sha256(SUPERADMIN), OTHER_CLIENT, sha256(ADMIN_OF_OTHER), CLIENT, sha256(SUBSCRIBER),
						CLIENT, sha256(LIMITED)));
				Path jobs = Files.createTempDirectory("forge-api-jobs");
				context = new SpringApplicationBuilder(ForgeMonitorApplication.class).logStartupInfo(false)
					.run("--spring.main.web-application-type=servlet", "--server.port=0", "--server.address=127.0.0.1",
							"--forge.output-dir=" + out, "--forge.config-dir=" + config, "--forge.jobs-dir=" + jobs,
							"--forge.now=2026-11-25T23:59:00Z", "--forge.api.rate-limit=10000",
							"--forge.auth.sign-in-attempts=" + SIGN_IN_ATTEMPTS,
							"--forge.auth.platform.jwt-secret=" + ISSUER.secret(),
							"--forge.auth.platform.jwks-url=" + ISSUER.jwksUrl(),
							"--forge.auth.platform.issuer=" + PlatformIssuer.ISSUER);
				base = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
				Runtime.getRuntime().addShutdownHook(new Thread(context::close));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return base;
	}

	static HttpResponse<String> get(String path, String token) {
		return send(HttpRequest.newBuilder(base().resolve(path)).GET(), token);
	}

	static HttpResponse<String> post(String path, String token) {
		return send(HttpRequest.newBuilder(base().resolve(path)).POST(HttpRequest.BodyPublishers.noBody()), token);
	}

	static HttpResponse<String> send(HttpRequest.Builder request, String token) {
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
