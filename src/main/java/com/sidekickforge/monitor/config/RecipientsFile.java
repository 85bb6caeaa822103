package com.sidekickforge.monitor.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.Node;


/**
 * {@code recipients.yml}: who is mailed what, and per-client thresholds.
 *
 * @param recipients every recipient, in file order
 * @param thresholds per-client overrides of {@code forge.thresholds}, keyed by client reference (id or slug)
 */
public record RecipientsFile(List<Recipient> recipients, Map<String, List<Integer>> thresholds) {

	public static final RecipientsFile NONE = new RecipientsFile(List.of(), Map.of());

	/**
	 * Reads the file; nothing when it does not exist. Throws listing every problem when it is wrong.
	 *
	 * @param zone the zone of a recipient's quiet hours and digest when the file gives none
	 */
	public static RecipientsFile read(Path file, Map<String, String> environment, ZoneId zone) {
		if (!Files.exists(file)) {
			return NONE;
		}
		CheckedFile checked = CheckedFile.read(file, ConfigSchema.recipients(), environment);
		checked.rule((rules, document) -> rules.unique(document, "thresholds", "client"));
		List<Recipient> recipients = new ArrayList<>();
		for (var entry : checked.entries("recipients")) {
			String role = checked.text(entry, "role");
			String alerts = checked.text(entry, "alerts");
			List<String> kinds = checked.texts(entry, "alert-kinds");
			Set<AlertKind> alertKinds = kinds.isEmpty() ? EnumSet.allOf(AlertKind.class)
					: kinds.stream()
						.map(AlertKind::ofKey)
						.collect(Collectors.toCollection(() -> EnumSet.noneOf(AlertKind.class)));
			recipients.add(new Recipient(checked.text(entry, "email"), checked.text(entry, "name"),
					(role != null) ? Role.of(role) : Role.SUBSCRIBER, checked.texts(entry, "clients"),
					alerts == null || Boolean.parseBoolean(alerts), alertKinds, checked.texts(entry, "reports"),
					hours(checked, entry, zone)));
		}
		Map<String, List<Integer>> thresholds = new LinkedHashMap<>();
		for (var entry : checked.entries("thresholds")) {
			thresholds.put(checked.text(entry, "client"),
					checked.texts(entry, "percents").stream().map(Integer::valueOf).sorted().toList());
		}
		checked.requireValid();
		return new RecipientsFile(List.copyOf(recipients), Map.copyOf(thresholds));
	}

	private static MailHours hours(CheckedFile checked, Node entry, ZoneId defaultZone) {
		ZoneId zone = Optional.ofNullable(checked.text(entry, "timezone")).map(Scalars::zoneOf).orElse(defaultZone);
		String quiet = checked.text(entry, "quiet-hours");
		String digest = checked.text(entry, "digest-at");
		LocalTime[] range = (quiet != null) ? Scalars.timeRangeOf(quiet) : null;
		LocalTime digestAt = (digest != null) ? Scalars.timeOf(digest) : null;
		if (range != null && range[0].equals(range[1])) {
			range = null; // reported by the shape's check
		}
		return new MailHours(zone, (range != null) ? range[0] : null, (range != null) ? range[1] : null,
				Boolean.parseBoolean(checked.text(entry, "wake-at-limit")), digestAt);
	}

	/** The thresholds of a client: its override, else the defaults. */
	public List<Integer> thresholdsOf(UUID clientId, String clientName, List<Integer> defaults) {
		return this.thresholds.entrySet()
			.stream()
			.filter((entry) -> ClientSlug.names(entry.getKey(), clientId, clientName))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(defaults.stream().sorted().toList());
	}

	/** The entry of an address (compared without case), if the file lists it. */
	public Optional<Recipient> byAddress(String address) {
		String wanted = address.trim().toLowerCase(Locale.ROOT);
		return this.recipients.stream()
			.filter((r) -> r.email().trim().toLowerCase(Locale.ROOT).equals(wanted))
			.findFirst();
	}

	/** Who gets the client's alerts of that kind (besides its owner). */
	public List<Recipient> alertRecipients(UUID clientId, String clientName, AlertKind kind) {
		return this.recipients.stream()
			.filter((r) -> r.alerts() && r.alertKinds().contains(kind) && r.sees(clientId, clientName))
			.toList();
	}

}
