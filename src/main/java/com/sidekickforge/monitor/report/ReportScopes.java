package com.sidekickforge.monitor.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.PlatformDatabase;
import com.sidekickforge.monitor.config.Recipient;
import com.sidekickforge.monitor.config.RecipientsFile;
import com.sidekickforge.monitor.config.Role;
import com.sidekickforge.monitor.config.UsersFile;
import com.sidekickforge.monitor.source.ClientIdentity;
import com.sidekickforge.monitor.source.PlatformClients;

/**
 * Turns "as whom, which client" into a {@link ReportScope}: a user of {@code users.yml} (by name) or a recipient
 * of {@code recipients.yml} (by address) sees their clients only; asking for a client outside them is refused.
 */
@Component
public class ReportScopes {

	private final ForgeProperties properties;

	private final DataSource platform;

	ReportScopes(ForgeProperties properties, @PlatformDatabase DataSource platform) {
		this.properties = properties;
		this.platform = platform;
	}

	/**
	 * @param viewer a user name or recipient address; null for the operator at the command line (superadmin)
	 * @param client a client id or slug to narrow to; may be null
	 * @throws IllegalArgumentException when the viewer or client is unknown, or the client is not the viewer's
	 */
	public ReportScope resolve(String viewer, String client) {
		List<ClientIdentity> clients = new PlatformClients(this.platform).all();
		Role role = Role.SUPERADMIN;
		Set<UUID> visible = null;
		if (viewer != null) {
			Viewer who = viewer(viewer);
			role = who.role();
			if (role != Role.SUPERADMIN) {
				visible = new LinkedHashSet<>();
				for (String reference : who.clients()) {
					visible.add(find(clients, reference, "client '" + reference + "' of " + viewer).id());
				}
			}
		}
		if (client != null) {
			ClientIdentity wanted = find(clients, client, "--client " + client);
			if (visible != null && !visible.contains(wanted.id())) {
				throw new IllegalArgumentException(viewer + " may not see client " + client);
			}
			return new ReportScope(role, Set.of(wanted.id()), wanted, wanted.name());
		}
		if (visible == null) {
			return (viewer == null) ? ReportScope.all() : new ReportScope(role, null, null, "All clients");
		}
		if (visible.size() == 1) {
			UUID only = visible.iterator().next();
			ClientIdentity identity = clients.stream().filter((c) -> c.id().equals(only)).findFirst().orElseThrow();
			return new ReportScope(role, Set.of(only), identity, identity.name());
		}
		return ReportScope.assigned(role, visible, "Clients of " + viewer);
	}

	private record Viewer(Role role, List<String> clients) {
	}

	private Viewer viewer(String viewer) {
		var users = UsersFile.read(this.properties.configDir().resolve("users.yml"), System.getenv());
		var user = users.named(viewer);
		if (user.isPresent()) {
			return new Viewer(user.get().role(), user.get().clients());
		}
		RecipientsFile recipients = RecipientsFile.read(this.properties.configDir().resolve("recipients.yml"),
				System.getenv());
		for (Recipient recipient : recipients.recipients()) {
			if (recipient.email().trim().equalsIgnoreCase(viewer.trim())) {
				return new Viewer(recipient.role(), recipient.clients());
			}
		}
		throw new IllegalArgumentException("--as " + viewer + ": no user of that name in "
				+ this.properties.configDir().resolve("users.yml") + " and no recipient of that address in recipients.yml");
	}

	private static ClientIdentity find(List<ClientIdentity> clients, String reference, String what) {
		return clients.stream()
			.filter((c) -> c.isNamedBy(reference))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(what + ": no such client (expected a client id or slug)"));
	}

}
