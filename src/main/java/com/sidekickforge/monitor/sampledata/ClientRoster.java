package com.sidekickforge.monitor.sampledata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import com.sidekickforge.monitor.config.ClientSlug;

/**
 * Decides who the generated clients are. The first twelve are the demo's hand-picked cases (over and
 * near quota, unlimited, a tracking gap, no activity, names with accents, quotes and markup); any further
 * clients are drawn at random with the same kinds of cases in realistic proportions.
 */
public final class ClientRoster {

	/** name, tier, local zone, voice use, text use, chunk use, role. */
	private record Pick(String name, String tier, String zone, double voice, double text, double chunks,
			String role) {
	}

	private static final List<Pick> DEMO = List.of(
			new Pick("Clínica Dental Sonrisa", "champion", "Europe/Madrid", 0.62, 0.55, 0.08, "older tenant schema"),
			new Pick("O'Brien & Daughters Plumbing", "adventurer", "Europe/Dublin", 1.18, 0.96, 0.05,
					"over the voice quota"),
			new Pick("Café <Noir> & Bistro", "adventurer", "Europe/Paris", 0.40, 0.87, 0.08, "near the text quota"),
			new Pick("Zürich Rechtsanwälte AG", "paragon", "Europe/Zurich", 0.85, 0.45, 0.02,
					"unlimited voice minutes"),
			new Pick("Møller Logistics", "champion", "Europe/Copenhagen", 0.35, 0.50, 0.10,
					"embedding counter stuck at 0 (tracking gap)"),
			new Pick("Ñandú Outdoor Gear", "adventurer", "America/Argentina/Buenos_Aires", 0.30, 0.40, 0.93,
					"near the embedding quota"),
			new Pick("Les Délices de Provence", "adventurer", "Europe/Paris", 0.22, 0.30, 0.06,
					"a sidekick deleted this month"),
			new Pick("Kraków Tech Hub", "champion", "Europe/Warsaw", 0.91, 0.60, 0.05, "near the voice quota"),
			new Pick("\"Best\" Realty Group", "adventurer", "America/New_York", 0.45, 0.82, 0.04,
					"just past 80 % of text"),
			new Pick("São Paulo Imports", "paragon", "America/Sao_Paulo", 0.30, 0.35, 0.01, "a disabled sidekick"),
			new Pick("Ørsted Wellness Studio", "champion", "Europe/Copenhagen", 0, 0, 0, "no activity at all"),
			new Pick("Hôtel Saint-Éloi", "paragon", "Europe/Paris", 0.50, 1.04, 0.02, "over the text quota"));

	private static final String[] PLACES = { "Nordic", "Alpine", "Coastal", "Metro", "Riverside", "Highland",
			"Sunset", "Évora", "Łódź", "Genève", "Bergen", "Málaga", "Tromsø", "Córdoba", "Lyon", "Porto" };

	private static final String[] TRADES = { "Dental Care", "Law Office", "Auto Repair", "Veterinary Clinic",
			"Realty", "Bakery", "Fitness Club", "Travel Agency", "Insurance", "Pharmacy", "Hotel", "Logistics",
			"Accounting", "Florist", "Language School", "IT Services" };

	private static final String[] ZONES = { "Europe/Berlin", "Europe/London", "America/New_York",
			"America/Chicago", "Europe/Madrid", "Asia/Singapore", "Australia/Sydney", "America/Los_Angeles" };

	private ClientRoster() {
	}

	public static List<ClientProfile> of(SampleDataSpec spec) {
		SplittableRandom random = new SplittableRandom(spec.seed());
		List<ClientProfile> clients = new ArrayList<>(spec.clients());
		Set<String> slugs = new HashSet<>();
		for (int i = 0; i < spec.clients(); i++) {
			Pick pick = (i < DEMO.size()) ? DEMO.get(i) : randomPick(i, random);
			String name = pick.name();
			while (!slugs.add(ClientSlug.of(name))) {
				name = name + " " + (i + 1);
			}
			clients.add(profile(spec, i, pick, name, random));
		}
		return clients;
	}

	private static ClientProfile profile(SampleDataSpec spec, int index, Pick pick, String name,
			SplittableRandom random) {
		String slug = ClientSlug.of(name);
		boolean quiet = pick.role().equals("no activity at all");
		boolean dedicated = !pick.tier().equals("adventurer");
		LocalDate historyStart = spec.historyStart();
		// Most clients were there before the history starts; some joined during it, the quiet one days ago.
		LocalDate created = quiet ? spec.asOf().minusDays(5)
				: (random.nextInt(4) == 0) ? historyStart.plusDays(random.nextInt(30, 250))
						: historyStart.minusDays(random.nextInt(10, 400));
		if (created.isAfter(spec.asOf())) {
			created = spec.asOf().minusDays(1);
		}
		ZoneId zone = ZoneId.of(pick.zone());
		Instant createdAt = created.atTime(random.nextInt(8, 18), random.nextInt(60)).atZone(zone).toInstant();
		String provisioning = "ready";
		if (index >= DEMO.size() && random.nextInt(50) == 0) {
			provisioning = random.nextBoolean() ? "provisioning" : "failed";
		}
		String subscription = (random.nextInt(20) == 0) ? "past_due" : "active";
		boolean ownLivekit = pick.tier().equals("paragon");
		return new ClientProfile(index, Ids.uuid(random), name, slug, pick.tier(), dedicated, provisioning,
				subscription, zone, createdAt, quiet ? 3 : random.nextInt(3, 9), pick.voice(), pick.text(),
				pick.chunks(), 1.04 + random.nextDouble() * 0.12,
				dedicated && (index == 0 || index == 3 || (index >= DEMO.size() && random.nextBoolean())),
				pick.role().startsWith("embedding counter stuck")
						|| (index >= DEMO.size() && random.nextInt(50) == 0),
				quiet, pick.role().startsWith("a sidekick deleted"), pick.role().startsWith("a disabled"),
				Ids.uuid(random), "owner@" + slug + ".example.com",
				ownLivekit ? "wss://" + slug + ".livekit.example.com" : null, pick.role());
	}

	private static Pick randomPick(int index, SplittableRandom random) {
		String name = PLACES[random.nextInt(PLACES.length)] + " " + TRADES[random.nextInt(TRADES.length)];
		int tierDraw = random.nextInt(100);
		String tier = (tierDraw < 55) ? "adventurer" : (tierDraw < 85) ? "champion" : "paragon";
		int caseDraw = random.nextInt(100);
		double base = 0.08 + random.nextDouble() * 0.6;
		if (caseDraw < 3) {
			return new Pick(name, tier, ZONES[index % ZONES.length], 0, 0, 0, "no activity at all");
		}
		double voice = base * (0.5 + random.nextDouble());
		double text = base * (0.5 + random.nextDouble());
		double chunks = base * random.nextDouble() * 0.4;
		String role = "";
		if (caseDraw < 11) {
			text = 0.8 + random.nextDouble() * 0.19;
			role = "near the text quota";
		}
		else if (caseDraw < 15) {
			voice = 1.0 + random.nextDouble() * 0.3;
			role = "over the voice quota";
		}
		return new Pick(name, tier, ZONES[index % ZONES.length], voice, text, chunks, role);
	}

}
