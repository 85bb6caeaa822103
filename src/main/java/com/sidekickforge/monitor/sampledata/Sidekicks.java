package com.sidekickforge.monitor.sampledata;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A client's sidekicks: created over the client's life, popular or not, one disabled or deleted where
 * the profile says so; writes their {@code agents} rows and lifecycle activity.
 */
final class Sidekicks {

	private static final String[] NAMES = { "Reception Desk", "Booking Assistant", "Support Line",
			"Sales Concierge", "FAQ Guide", "After-Hours Line", "Onboarding Coach", "Billing Helper",
			"Order Tracker", "Knowledge Navigator" };

	private final List<Sidekick> all;

	private Sidekicks(List<Sidekick> all) {
		this.all = all;
	}

	static Sidekicks of(SampleDataSpec spec, ClientProfile client, SplittableRandom random) {
		List<Sidekick> sidekicks = new ArrayList<>();
		Instant asOf = spec.asOf().atStartOfDay(spec.zone()).toInstant();
		for (int i = 0; i < client.sidekicks(); i++) {
			// The first two come with the client; the others are added later in its life.
			long lifeDays = Math.max(1, Duration.between(client.createdAt(), asOf).toDays());
			Instant created = (i < 2) ? client.createdAt().plus(Duration.ofMinutes(10L + i * 7L))
					: client.createdAt().plus(Duration.ofDays(random.nextLong(lifeDays)));
			String name = NAMES[(i + client.index()) % NAMES.length];
			Instant disabled = null;
			Instant deleted = null;
			if (i == 2 && client.disablesSidekick()) {
				disabled = asOf.minus(Duration.ofDays(12));
				created = client.createdAt().plus(Duration.ofDays(1));
			}
			if (i == 2 && client.deletesSidekick()) {
				LocalDate monthStart = spec.asOf().withDayOfMonth(1);
				deleted = monthStart.plusDays(Math.max(0, spec.asOf().getDayOfMonth() / 2 - 1))
					.atTime(11, 20)
					.atZone(client.localZone())
					.toInstant();
				created = client.createdAt().plus(Duration.ofDays(1));
			}
			String slug = client.slug() + "-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
			sidekicks.add(new Sidekick(Ids.uuid(random), slug, name, created, disabled, deleted,
					1.0 / (1 + i) + random.nextDouble() * 0.3));
		}
		return new Sidekicks(sidekicks);
	}

	List<Sidekick> all() {
		return this.all;
	}

	/** A sidekick that can take a conversation at that moment, by popularity; null when none can. */
	Sidekick pick(Instant moment, SplittableRandom random) {
		double total = 0;
		for (Sidekick sidekick : this.all) {
			if (sidekick.availableAt(moment)) {
				total += sidekick.weight();
			}
		}
		if (total == 0) {
			return null;
		}
		double draw = random.nextDouble() * total;
		for (Sidekick sidekick : this.all) {
			if (sidekick.availableAt(moment)) {
				draw -= sidekick.weight();
				if (draw <= 0) {
					return sidekick;
				}
			}
		}
		return this.all.getLast();
	}

	/** Writes the agents rows and their created / updated / deleted activity. */
	void write(ClientRows rows, SplittableRandom random) {
		for (Sidekick sidekick : this.all) {
			if (!rows.visible(sidekick.createdAt())) {
				continue;
			}
			Instant updated = sidekick.createdAt();
			rows.activity("sidekick_created", "create", sidekick, null, "agent", sidekick.id().toString(),
					sidekick.name(), JsonText.object("slug", sidekick.slug()), "success", null, sidekick.createdAt());
			// Occasional configuration changes: prompt, voice, abilities.
			Instant change = sidekick.createdAt().plus(Duration.ofDays(random.nextInt(10, 60)));
			while (rows.visible(change) && sidekick.availableAt(change)) {
				String field = new String[] { "system_prompt", "voice", "abilities", "greeting" }[random.nextInt(4)];
				rows.activity("sidekick_updated", "update", sidekick, null, "agent", sidekick.id().toString(),
						sidekick.name(), JsonText.object("changed", field), "success", null, change);
				updated = change;
				change = change.plus(Duration.ofDays(random.nextInt(15, 90)));
			}
			if (sidekick.disabledAt() != null && rows.visible(sidekick.disabledAt())) {
				rows.activity("sidekick_updated", "disable", sidekick, null, "agent", sidekick.id().toString(),
						sidekick.name(), JsonText.object("enabled", false), "success", null, sidekick.disabledAt());
				updated = sidekick.disabledAt();
			}
			if (sidekick.deletedAt() != null && rows.visible(sidekick.deletedAt())) {
				rows.activity("sidekick_deleted", "delete", sidekick, null, "agent", sidekick.id().toString(),
						sidekick.name(), JsonText.object("slug", sidekick.slug()), "success", null, sidekick.deletedAt());
				continue; // a deleted sidekick has no agents row any more; its usage rows stay
			}
			boolean enabled = sidekick.disabledAt() == null || !rows.visible(sidekick.disabledAt());
			rows.agent(sidekick, enabled, updated);
		}
	}

}
