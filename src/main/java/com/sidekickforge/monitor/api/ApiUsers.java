package com.sidekickforge.monitor.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.UsersFile;

/**
 * The API's users: {@code users.yml}, read again when it changes (a token added or revoked takes effect at the
 * next request; a broken edit is logged and the last good version kept). A token is known only by its SHA-256, compared in constant time.
 */
@Component
@ConditionalOnWebApplication
class ApiUsers {

	private final com.sidekickforge.monitor.config.LastGood<UsersFile> file;

	private final int defaultRateLimit;

	ApiUsers(ForgeProperties properties) {
		this.file = new com.sidekickforge.monitor.config.LastGood<>(properties.configDir().resolve("users.yml"),
				(path) -> UsersFile.read(path, System.getenv()));
		this.defaultRateLimit = properties.api().rateLimit();
	}

	/** The user whose token this is, if any. */
	Optional<ApiCaller> byToken(String token) {
		byte[] hash = sha256(token);
		ApiCaller found = null;
		for (UsersFile.User user : users().users()) {
			byte[] stored = HexFormat.of().parseHex(user.tokenSha256().toLowerCase(Locale.ROOT));
			// Every user is compared, and in constant time: the answer's timing tells nothing about near misses.
			if (MessageDigest.isEqual(hash, stored) && found == null) {
				found = new ApiCaller(user.name(), user.role(), user.clients(), HexFormat.of().formatHex(hash),
						(user.rateLimit() != null) ? user.rateLimit() : this.defaultRateLimit);
			}
		}
		return Optional.ofNullable(found);
	}

	/** users.yml as last read well: a broken edit is logged and the tokens of the last good version still work. */
	private UsersFile users() {
		return this.file.get();
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
