package com.sidekickforge.monitor.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code users.yml}: the people who may read reports and call the API, with their role and clients. Tokens
 * are stored only as their SHA-256.
 */
public record UsersFile(List<User> users) {

	/**
	 * One user.
	 *
	 * @param clients the clients they may see (id or slug); a superadmin sees all
	 * @param tokenSha256 hex SHA-256 of their bearer token
	 * @param rateLimit requests per minute for this user's token; null: {@code forge.api.rate-limit}
	 */
	public record User(String name, Role role, List<String> clients, String tokenSha256, Integer rateLimit) {
	}

	/** Reads the file; nobody when it does not exist. Throws listing every problem when it is wrong. */
	public static UsersFile read(Path file, Map<String, String> environment) {
		if (!Files.exists(file)) {
			return new UsersFile(List.of());
		}
		CheckedFile checked = CheckedFile.read(file, ConfigSchema.users(), environment);
		checked.rule((rules, document) -> rules.unique(document, "users", "name"));
		List<User> users = new ArrayList<>();
		for (var entry : checked.entries("users")) {
			String role = checked.text(entry, "role");
			users.add(new User(checked.text(entry, "name"), (role != null) ? Role.of(role) : Role.SUBSCRIBER,
					checked.texts(entry, "clients"), checked.text(entry, "token-sha256"), rateLimit(checked.text(entry, "rate-limit"))));
		}
		checked.requireValid();
		return new UsersFile(List.copyOf(users));
	}

	private static Integer rateLimit(String text) {
		// already checked to be a whole number in range by the schema; null when absent or invalid (reported)
		try {
			return (text != null) ? Integer.valueOf(text.trim()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public Optional<User> named(String name) {
		return this.users.stream().filter((u) -> u.name().equals(name)).findFirst();
	}

}
