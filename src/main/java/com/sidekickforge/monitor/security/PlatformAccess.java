package com.sidekickforge.monitor.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.PlatformDatabase;
import com.sidekickforge.monitor.config.Role;

/**
 * What a person may see, decided as the Sidekick Forge admin decides it, from its own tables: a superadmin holds the
 * {@code super_admin} platform role (or the token's metadata says so); anyone else sees the clients of their active
 * tenant memberships, of {@code user_clients}, of their token's tenant assignments, and the clients they own, as an
 * admin or a subscriber. Read once per person per {@code forge.auth.platform.cache}, so that a live page's polling
 * costs no query each; a platform without one of these tables (an older one) simply grants nothing through it.
 */
@Component
@ConditionalOnWebApplication
class PlatformAccess {

	private static final Logger log = LoggerFactory.getLogger(PlatformAccess.class);

	private final JdbcClient platform;

	private final Cache<PlatformUser, ApiCaller> callers;

	private final int rateLimit;

	private final Set<String> missingTables = ConcurrentHashMap.newKeySet();

	PlatformAccess(@PlatformDatabase DataSource platform, ForgeProperties properties) {
		this.platform = JdbcClient.create(platform);
		Duration cache = properties.auth().platform().cache();
		this.callers = Caffeine.newBuilder().expireAfterWrite(cache).maximumSize(100_000).build();
		this.rateLimit = properties.api().rateLimit();
	}

	/** The person as a caller: their role and clients now (as of at most the cache's time ago). */
	ApiCaller caller(PlatformUser user) {
		return this.callers.get(user, this::read);
	}

	private ApiCaller read(PlatformUser user) {
		String key = "user:" + user.id();
		boolean superadmin = user.superadmin() || !query("platform_role_memberships", """
				SELECT m.user_id FROM platform_role_memberships m JOIN roles r ON r.id = m.role_id
				WHERE m.user_id = :user AND r."key" = 'super_admin'
				""", user.id()).isEmpty();
		if (superadmin) {
			return new ApiCaller(user.email(), Role.SUPERADMIN, List.of(), List.of(), key, this.rateLimit);
		}
		Set<UUID> admin = new LinkedHashSet<>(user.adminClients());
		Set<UUID> subscriber = new LinkedHashSet<>(user.subscriberClients());
		admin.addAll(query("tenant_memberships", """
				SELECT t.client_id FROM tenant_memberships t JOIN roles r ON r.id = t.role_id
				WHERE t.user_id = :user AND t.status = 'active' AND r."key" = 'admin'
				""", user.id()));
		subscriber.addAll(query("tenant_memberships", """
				SELECT t.client_id FROM tenant_memberships t JOIN roles r ON r.id = t.role_id
				WHERE t.user_id = :user AND t.status = 'active' AND r."key" = 'subscriber'
				""", user.id()));
		admin.addAll(query("user_clients",
				"SELECT client_id FROM user_clients WHERE user_id = :user AND role IN ('owner', 'admin')", user.id()));
		subscriber.addAll(query("user_clients",
				"SELECT client_id FROM user_clients WHERE user_id = :user AND role = 'member'", user.id()));
		admin.addAll(query("clients", "SELECT id FROM clients WHERE owner_user_id = :user", user.id()));
		Set<UUID> existing = existing(admin, subscriber);
		admin.retainAll(existing);
		subscriber.retainAll(existing);
		subscriber.removeAll(admin);
		List<String> all = new ArrayList<>(admin.stream().map(UUID::toString).toList());
		subscriber.forEach((client) -> all.add(client.toString()));
		return new ApiCaller(user.email(), admin.isEmpty() ? Role.SUBSCRIBER : Role.ADMIN, all,
				admin.stream().map(UUID::toString).toList(), key, this.rateLimit);
	}

	/** The clients of these ids that exist: a token's metadata may name a client deleted since. */
	private Set<UUID> existing(Set<UUID> admin, Set<UUID> subscriber) {
		Set<UUID> named = new LinkedHashSet<>(admin);
		named.addAll(subscriber);
		if (named.isEmpty()) {
			return Set.of();
		}
		return new LinkedHashSet<>(this.platform.sql("SELECT id FROM clients WHERE id IN (:ids)")
			.param("ids", List.copyOf(named))
			.query(UUID.class)
			.list());
	}

	private List<UUID> query(String table, String sql, UUID user) {
		try {
			return this.platform.sql(sql).param("user", user).query(UUID.class).list();
		}
		catch (BadSqlGrammarException ex) {
			if (this.missingTables.add(table)) {
				log.warn("The platform database has no readable {} table: it grants no access ({})", table,
						ex.getMostSpecificCause().getMessage());
			}
			return List.of();
		}
	}

}
