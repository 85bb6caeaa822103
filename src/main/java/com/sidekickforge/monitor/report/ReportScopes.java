package com.sidekickforge.monitor.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.PlatformDatabase;
import com.sidekickforge.monitor.config.RecipientsFile;
import com.sidekickforge.monitor.config.Role;
import com.sidekickforge.monitor.config.UsersFile;
import com.sidekickforge.monitor.report.model.ReportScope;
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
		if (viewer == null) {
			return resolve(Role.SUPERADMIN, List.of(), null, client);
		}
		Viewer who = viewer(viewer);
		return resolve(who.role(), who.clients(), viewer, client);
	}

	/**
	 * The scope of a known user (an API caller).
	 *
	 * @param assigned their clients (id or slug); ignored for a superadmin
	 * @param name who they are, for the label and messages; null for the operator at the command line
	 * @param client a client id or slug to narrow to; may be null
	 * @throws OutsideScope when the client is not theirs (or, for anyone but a superadmin, does not exist: whether a
	 * client exists is not theirs to learn)
	 * @throws IllegalArgumentException when a superadmin names a client that does not exist
	 */
	public ReportScope resolve(Role role, List<String> assigned, String name, String client) {
		List<ClientIdentity> clients = new PlatformClients(this.platform).all();
		Set<UUID> visible = null;
		if (role != Role.SUPERADMIN) {
			visible = new LinkedHashSet<>();
			for (String reference : assigned) {
				visible.add(find(clients, reference, "client '" + reference + "' of " + name).id());
			}
		}
		if (client != null) {
			ClientIdentity wanted = clients.stream().filter((c) -> c.isNamedBy(client)).findFirst().orElse(null);
			if (visible != null && (wanted == null || !visible.contains(wanted.id()))) {
				throw new OutsideScope(name + " may not see client " + client);
			}
			if (wanted == null) {
				throw new IllegalArgumentException("--client " + client + ": no such client (expected a client id or slug)");
			}
			return new ReportScope(role, Set.of(wanted.id()), wanted, wanted.name());
		}
		if (visible == null) {
			return (name == null) ? ReportScope.all() : new ReportScope(role, null, null, "All clients");
		}
		if (visible.size() == 1) {
			UUID only = visible.iterator().next();
			ClientIdentity identity = clients.stream().filter((c) -> c.id().equals(only)).findFirst().orElseThrow();
			return new ReportScope(role, Set.of(only), identity, identity.name());
		}
		return ReportScope.assigned(role, visible, "Clients of " + name);
	}

	/** A client outside what the viewer may see. */
	public static final class OutsideScope extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		OutsideScope(String message) {
			super(message);
		}

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
				System.getenv(), this.properties.timezone());
		return recipients.byAddress(viewer)
			.map((recipient) -> new Viewer(recipient.role(), recipient.clients()))
			.orElseThrow(() -> new IllegalArgumentException("--as " + viewer + ": no user of that name in "
				+ this.properties.configDir().resolve("users.yml") + " and no recipient of that address in recipients.yml"));
	}

	private static ClientIdentity find(List<ClientIdentity> clients, String reference, String what) {
		return clients.stream()
			.filter((c) -> c.isNamedBy(reference))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(what + ": no such client (expected a client id or slug)"));
	}

}
