package com.sidekickforge.monitor.sampledata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes everything about one client: its row, its people, its sidekicks, then day by day its calls,
 * conversations and documents following the {@link UsagePlan}, and finally its usage counters. All of it
 * comes from one random generator seeded by the spec's seed and the client's index, so a client's rows do
 * not depend on which other clients are generated, nor in which order.
 */
final class ClientActivity {

	private ClientActivity() {
	}

	static void write(SampleDataSpec spec, ClientProfile client, SourceRows platform, SourceRows tenant) {
		SplittableRandom random = new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + client.index());
		TierQuota quota = TierQuota.of(client.tier());
		ClientRows rows = new ClientRows(spec, client, platform, tenant, random);
		writeClient(spec, client, quota, rows, random);
		Sidekicks sidekicks = Sidekicks.of(spec, client, random);
		sidekicks.write(rows, random);
		if (client.quiet()) {
			return;
		}
		UUID[] endUsers = new UUID[40 + random.nextInt(160)];
		for (int i = 0; i < endUsers.length; i++) {
			endUsers[i] = Ids.uuid(random);
		}
		UsageCounters counters = new UsageCounters(spec.zone());
		ClientContext context = new ClientContext(client, quota, random, rows, counters, sidekicks, endUsers,
				new int[1]);
		LocalDate createdOn = client.createdAt().atZone(client.localZone()).toLocalDate();
		LocalDate first = createdOn.isAfter(spec.historyStart()) ? createdOn : spec.historyStart();
		DayBudget budget = new DayBudget();
		for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(spec.asOf())); month = month
			.plusMonths(1)) {
			LocalDate from = month.atDay(1).isBefore(first) ? first : month.atDay(1);
			LocalDate to = month.atEndOfMonth().isAfter(spec.asOf()) ? spec.asOf() : month.atEndOfMonth();
			UsagePlan plan = UsagePlan.of(spec, client, month, from, to);
			double weights = UsagePlan.weightBetween(from, to);
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				double share = ActivityCalendar.dayWeight(day) / weights;
				budget.add(plan.voiceSeconds() * share, plan.textMessages() * share, plan.chunks() * share);
				VoiceCalls.day(context, day, budget, day.equals(to));
				TextConversations.day(context, day, budget, day.equals(to));
				KnowledgeBase.day(context, day, budget, day.equals(to));
			}
		}
		counters.writeAll(rows, quota, client.embeddingCounterStuck(), random);
	}

	private static void writeClient(SampleDataSpec spec, ClientProfile client, TierQuota quota, ClientRows rows,
			SplittableRandom random) {
		ZoneId zone = spec.zone();
		YearMonth billing = YearMonth.from(spec.asOf());
		boolean ownLivekit = client.livekitUrl() != null;
		rows.platform(SourceTable.CLIENTS, client.id(), client.name(), client.tier(), client.hostingType(),
				quota.maxSidekicks(), client.ownerUserId(), client.ownerEmail(), client.livekitUrl(),
				ownLivekit ? "API" + Ids.hex(random, 12) : null, ownLivekit ? Ids.hex(random, 40) : null,
				client.provisioningStatus(), client.subscriptionStatus(),
				billing.atDay(1).atStartOfDay(zone).toInstant(),
				billing.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), client.createdAt(),
				client.createdAt().plusSeconds(3600));
		rows.platform(SourceTable.USER_CLIENTS, Ids.uuid(random), client.ownerUserId(), client.id(), "owner",
				client.createdAt());
		int colleagues = random.nextInt(3);
		for (int i = 0; i < colleagues; i++) {
			rows.platform(SourceTable.USER_CLIENTS, Ids.uuid(random), Ids.uuid(random), client.id(),
					(i == 0) ? "admin" : "member", client.createdAt().plusSeconds(86_400L * (i + 1)));
		}
	}

}
