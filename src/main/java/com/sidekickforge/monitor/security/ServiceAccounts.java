package com.sidekickforge.monitor.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.LastGood;
import com.sidekickforge.monitor.config.Role;
import com.sidekickforge.monitor.config.UsersFile;

/**
 * The service accounts: {@code users.yml}, read again when it changes (a token added or revoked takes effect at the
 * next request; a broken edit is logged and the last good version kept). A token is known only by its SHA-256,
 * compared in constant time.
 */
@Component
@ConditionalOnWebApplication
class ServiceAccounts {

	private final LastGood<UsersFile> file;

	private final int defaultRateLimit;

	ServiceAccounts(ForgeProperties properties) {
		this.file = new LastGood<>(properties.configDir().resolve("users.yml"),
				(path) -> UsersFile.read(path, System.getenv()));
		this.defaultRateLimit = properties.api().rateLimit();
	}

	/** The account whose token this is, if any. */
	Optional<ApiCaller> byToken(String token) {
		byte[] hash = sha256(token);
		UsersFile.User found = null;
		for (UsersFile.User user : this.file.get().users()) {
			byte[] stored = HexFormat.of().parseHex(user.tokenSha256().toLowerCase(Locale.ROOT));
			// Every account is compared, and in constant time: the answer's timing tells nothing about near misses.
			if (MessageDigest.isEqual(hash, stored) && found == null) {
				found = user;
			}
		}
		return Optional.ofNullable(found).map(this::caller);
	}

	/** The account of this name as {@code users.yml} has it now: gone when it was removed or its token changed. */
	Optional<ApiCaller> current(ApiCaller signedIn) {
		return this.file.get()
			.users()
			.stream()
			.filter((user) -> ("token:" + user.tokenSha256().toLowerCase(Locale.ROOT)).equals(signedIn.key()))
			.findFirst()
			.map(this::caller);
	}

	private ApiCaller caller(UsersFile.User user) {
		List<String> admin = (user.role() == Role.SUBSCRIBER) ? List.of() : user.clients();
		return new ApiCaller(user.name(), user.role(), user.clients(), admin,
				"token:" + user.tokenSha256().toLowerCase(Locale.ROOT),
				(user.rateLimit() != null) ? user.rateLimit() : this.defaultRateLimit);
	}

	static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
