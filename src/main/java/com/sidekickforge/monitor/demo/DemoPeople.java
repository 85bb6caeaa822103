package com.sidekickforge.monitor.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.sampledata.ClientProfile;

/**
 * The demo's people of Sidekick Forge: a superadmin, an admin of two clients and a subscriber of one, with their
 * roles and memberships in the platform's own tables, and an access token for each in the platform's shape
 * (HS256, signed with the demo's own secret, kept beside its databases), so that {@code serve} can be tried as each.
 */
final class DemoPeople {

	/** How long the printed tokens are valid. */
	static final Duration VALIDITY = Duration.ofHours(12);

	static final String ISSUER = "https://demo.supabase.co/auth/v1";

	private DemoPeople() {
	}

	/** The three people of a demo of these clients (the same seed, the same people). */
	static List<DemoOutcome.Person> of(long seed, List<ClientProfile> clients) {
		ClientProfile first = clients.get(1 % clients.size());
		ClientProfile second = clients.get(2 % clients.size());
		ClientProfile read = clients.get(7 % clients.size());
		return List.of(
				new DemoOutcome.Person("superadmin", "superadmin@demo.sidekickforge.test", id(seed, "superadmin"),
						List.of(), null),
				new DemoOutcome.Person("admin", "admin@demo.sidekickforge.test", id(seed, "admin"),
						first.equals(second) ? List.of(first) : List.of(first, second), null),
				new DemoOutcome.Person("subscriber", "subscriber@demo.sidekickforge.test", id(seed, "subscriber"),
						List.of(read), null));
	}

	/** Gives the people their roles in the platform database (again: the same rows each run). */
	static void grant(DataSource platform, List<DemoOutcome.Person> people) {
		JdbcClient jdbc = JdbcClient.create(platform);
		for (DemoOutcome.Person person : people) {
			jdbc.sql("DELETE FROM platform_role_memberships WHERE user_id = :user").param("user", person.id()).update();
			jdbc.sql("DELETE FROM tenant_memberships WHERE user_id = :user").param("user", person.id()).update();
			if ("superadmin".equals(person.role())) {
				jdbc.sql("INSERT INTO platform_role_memberships (user_id, role_id) SELECT :user, id FROM roles "
						+ "WHERE \"key\" = 'super_admin'").param("user", person.id()).update();
			}
			for (ClientProfile client : person.clients()) {
				jdbc.sql("INSERT INTO tenant_memberships (user_id, client_id, role_id, status) "
						+ "SELECT :user, :client, id, 'active' FROM roles WHERE \"key\" = :role")
					.param("user", person.id())
					.param("client", client.id())
					.param("role", person.role())
					.update();
			}
		}
	}

	/** The people with a token each, valid for {@link #VALIDITY} from {@code now}. */
	static List<DemoOutcome.Person> withTokens(List<DemoOutcome.Person> people, String secret, Instant now) {
		List<DemoOutcome.Person> signed = new ArrayList<>();
		for (DemoOutcome.Person person : people) {
			JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(person.id().toString())
				.issuer(ISSUER)
				.audience("authenticated")
				.claim("role", "authenticated")
				.claim("email", person.email())
				.claim("user_metadata", Map.of())
				.issueTime(Date.from(now))
				.expirationTime(Date.from(now.plus(VALIDITY)))
				.build();
			try {
				SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
				token.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
				signed.add(new DemoOutcome.Person(person.role(), person.email(), person.id(), person.clients(),
						token.serialize()));
			}
			catch (JOSEException ex) {
				throw new IllegalStateException("Cannot sign the demo's token for " + person.email(), ex);
			}
		}
		return signed;
	}

	/**
	 * The demo's JWT secret, made once and kept in {@code <data>/demo-jwt-secret} (readable by its owner only): the
	 * stand-in for a Supabase project's secret, for {@code serve}'s {@code forge.auth.platform.jwt-secret}.
	 */
	static String secret(Path data) {
		Path file = data.resolve("demo-jwt-secret");
		try {
			if (Files.isRegularFile(file)) {
				return Files.readString(file).trim();
			}
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			String secret = HexFormat.of().formatHex(random);
			Files.createDirectories(data);
			Files.writeString(file, secret + "\n");
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the directory's own permissions protect it
			}
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the demo's JWT secret in " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** A person's id: the same for the same seed, never one of a real platform. */
	private static UUID id(long seed, String role) {
		return UUID.nameUUIDFromBytes(("forge-monitor demo " + seed + " " + role).getBytes(StandardCharsets.UTF_8));
	}

}
