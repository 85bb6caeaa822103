package com.sidekickforge.monitor.report.assembly;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.AdminLinks;
import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.quota.QuotaLevel;
import com.sidekickforge.monitor.quota.QuotaMetric;
import com.sidekickforge.monitor.report.model.AlertItem;
import com.sidekickforge.monitor.report.model.ClientSummary;
import com.sidekickforge.monitor.report.model.ConversationAnalytics;
import com.sidekickforge.monitor.report.model.DeadLetter;
import com.sidekickforge.monitor.report.model.GapItem;
import com.sidekickforge.monitor.report.model.HealthSummary;
import com.sidekickforge.monitor.report.model.MonitoringData;
import com.sidekickforge.monitor.report.model.QuickAction;
import com.sidekickforge.monitor.report.model.QuotaStatus;
import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.model.ReportScope;
import com.sidekickforge.monitor.report.model.SidekickStatus;
import com.sidekickforge.monitor.report.model.TimelineEvent;
import com.sidekickforge.monitor.report.model.Trend;
import com.sidekickforge.monitor.report.read.ClientActivity;
import com.sidekickforge.monitor.report.read.ClientFacts;
import com.sidekickforge.monitor.report.read.ReportDataset;
import com.sidekickforge.monitor.report.read.TimelineReader;

/**
 * Builds the {@link MonitoringData} of one scope and period from a {@link ReportDataset}. Only the scope's
 * clients are taken from the dataset (the tier averages excepted, which are shown only as averages of enough
 * clients), so nothing of another client reaches the output.
 */
@Component
public class MonitoringDataAssembler {

	private final AdminLinks links;

	private final SidekickCards cards;

	private final ComparisonsBuilder comparisons;

	private final int timelineEvents;

	private final HealthAssembler health;

	MonitoringDataAssembler(ForgeProperties properties) {
		this.links = AdminLinks.of(properties);
		this.cards = new SidekickCards(this.links, properties.reports().onlineWindow());
		this.comparisons = new ComparisonsBuilder(properties.reports().tierComparisonMinimum());
		this.timelineEvents = properties.reports().timelineEvents();
		this.health = new HealthAssembler(properties.health());
	}

	public MonitoringData assemble(ReportDataset data, ReportScope scope, ReportPeriod period) {
		List<ClientFacts> clients = data.clients().stream().filter((c) -> scope.includes(c.id())).toList();
		List<ClientActivity> activity = clients.stream().map((c) -> data.activityOf(c.id())).toList();
		PeriodFigures now = PeriodFigures.of(activity, period);
		PeriodFigures previous = PeriodFigures.of(activity, period.previous());
		Map<UUID, PeriodFigures> perClient = new HashMap<>();
		clients.forEach((c) -> perClient.put(c.id(), PeriodFigures.of(List.of(data.activityOf(c.id())), period)));
		MonitoringData.Usage usage = usage(data, clients, period, now, previous, perClient);
		List<TimelineEvent> timeline = timeline(data, scope, clients, period);
		return MonitoringData.of(window(data, period), scopeInfo(scope, clients), usage,
				conversations(data, period, now, previous), platform(data, scope, clients, period, now, perClient),
				alerts(data, scope, clients, period),
				clients.stream().map((c) -> summary(c, perClient.get(c.id()), data, period)).toList(), timeline,
				this.comparisons.of(now, previous, data.history(), period, clients, data.tierAverages(), perClient),
				new MonitoringData.Guidance(quickActions(clients, perClient),
						emptyStates(usage.sidekicks(), now, timeline, period, this.links.available())));
	}

	private static MonitoringData.Window window(ReportDataset data, ReportPeriod period) {
		return new MonitoringData.Window(period.first(), period.last(), period.name(), period.label(),
				period.bucket().name().toLowerCase(Locale.ROOT), period.billingPeriodStart(), data.asOf(),
				data.zone().getId());
	}

	private static MonitoringData.ScopeInfo scopeInfo(ReportScope scope, List<ClientFacts> clients) {
		return new MonitoringData.ScopeInfo(scope.role().name().toLowerCase(Locale.ROOT), scope.label(),
				(scope.client() != null) ? scope.client().slug() : null, clients.size());
	}

	private MonitoringData.Usage usage(ReportDataset data, List<ClientFacts> clients, ReportPeriod period,
			PeriodFigures now, PeriodFigures previous, Map<UUID, PeriodFigures> perClient) {
		List<QuotaStatus> quotas = new ArrayList<>();
		for (QuotaMetric metric : QuotaMetric.values()) {
			Trend trend = data.history().trend(period, now.used(metric), previous.used(metric));
			QuotaStatuses.Source source = QuotaStatuses.Source.of(now, period);
			quotas.add((clients.size() == 1)
					? QuotaStatuses.client(clients.get(0).quotas().quota(metric), trend, source, data.asOf(), data.zone(),
							clients.get(0).quotas())
					: QuotaStatuses.scope(metric, clients.stream().map(ClientFacts::quotas).toList(), trend, source));
		}
		List<SidekickStatus> sidekicks = new ArrayList<>();
		clients.forEach((c) -> sidekicks.addAll(this.cards.of(c, perClient.get(c.id()), data.asOf())));
		return new MonitoringData.Usage(quotas.get(0), quotas.get(1), quotas.get(2), List.copyOf(sidekicks),
				now.dailyUsage());
	}

	private static MonitoringData.Conversations conversations(ReportDataset data, ReportPeriod period,
			PeriodFigures now, PeriodFigures previous) {
		ConversationAnalytics analytics = new ConversationAnalytics(
				data.history().trend(period, now.conversations, previous.conversations),
				now.avgVoiceMinutes(), now.avgMessages(), now.voiceCalls, now.byChannel, now.byStatus,
				Arrays.stream(now.byHour).boxed().toList(),
				Arrays.stream(now.heatmap).map((row) -> Arrays.stream(row).boxed().toList()).toList(), now.statusTracked);
		return new MonitoringData.Conversations(now.conversations, now.avgVoiceMinutes(), now.avgMessages(),
				now.byChannel, now.byStatus, analytics);
	}

	private MonitoringData.Platform platform(ReportDataset data, ReportScope scope, List<ClientFacts> clients,
			ReportPeriod period, PeriodFigures now, Map<UUID, PeriodFigures> perClient) {
		HealthSummary health = this.health.of(clients, data, scope, period, now, perClient);
		return new MonitoringData.Platform(HealthAssembler.livekitHealthy(health),
				health.databases().stream().allMatch(HealthSummary.DatabaseHealth::reachable),
				HealthAssembler.activeSessions(clients, data, scope), health,
				scope.seesPlatform() ? data.recentRuns() : List.of());
	}

	private static MonitoringData.Alerts alerts(ReportDataset data, ReportScope scope, List<ClientFacts> clients,
			ReportPeriod period) {
		List<AlertItem> alerts = data.alerts().alerts().stream()
			.filter((a) -> scope.includes(a.clientId()) && period.contains(day(a.occurredAt(), data)))
			.toList();
		// Undelivered mails and webhooks are the operator's plumbing: only the report of all clients lists them.
		List<DeadLetter> dead = data.alerts().deadLetters().stream()
			.filter((d) -> scope.seesPlatform())
			.filter((d) -> period.contains(day(d.createdAt(), data)))
			.toList();
		Map<UUID, String> names = names(clients);
		List<GapItem> gaps = data.alerts().gaps().stream()
			.filter((g) -> scope.includes(g.clientId()) && names.containsKey(g.clientId()))
			.map((g) -> new GapItem(g.clientId(), names.get(g.clientId()), g.metric(), g.periodStart(),
					g.checkedThrough(), g.counterTotal(), g.eventTotal()))
			.toList();
		int warnings = clients.stream().mapToInt((c) -> data.alerts().activeWarnings().getOrDefault(c.id(), 0)).sum();
		return new MonitoringData.Alerts(alerts, gaps, dead,
				scope.seesPlatform() ? data.alerts().disabledWebhooks() : List.of(), warnings);
	}

	private ClientSummary summary(ClientFacts client, PeriodFigures figures, ReportDataset data, ReportPeriod period) {
		List<QuotaStatus> quotas = new ArrayList<>();
		PeriodFigures previous = PeriodFigures.of(List.of(data.activityOf(client.id())), period.previous());
		QuotaLevel worst = QuotaLevel.GREEN;
		for (QuotaMetric metric : QuotaMetric.values()) {
			QuotaStatus status = QuotaStatuses.client(client.quotas().quota(metric),
					data.history().trend(period, figures.used(metric), previous.used(metric)),
					QuotaStatuses.Source.of(figures, period), data.asOf(), data.zone(), client.quotas());
			quotas.add(status);
			if (status.level().ordinal() > worst.ordinal()) {
				worst = status.level();
			}
		}
		int online = (int) client.sidekicks().stream()
			.filter((s) -> "online".equals(this.cards.status(client, s, data.asOf())))
			.count();
		return new ClientSummary(client.id(), client.identity().name(), client.identity().slug(), client.identity().tier(),
				client.identity().hostingType(), client.provisioningStatus(), List.copyOf(quotas), worst,
				client.sidekicks().size(), online, figures.conversations,
				data.alerts().activeWarnings().getOrDefault(client.id(), 0), client.databaseError() == null,
				figures.errorRate(),
				"clients/" + client.identity().slug() + "/index.html", this.links.client(client.id()));
	}

	private List<TimelineEvent> timeline(ReportDataset data, ReportScope scope, List<ClientFacts> clients,
			ReportPeriod period) {
		TimelineNames names = TimelineNames.of(clients);
		List<List<TimelineReader.Entry>> lists = new ArrayList<>();
		clients.forEach((c) -> lists.add(data.timeline().getOrDefault(c.id(), List.of())));
		if (scope.seesPlatform()) {
			lists.add(data.timeline().getOrDefault(null, List.of()));
		}
		return TimelineReader.newest(lists, (e) -> period.contains(day(e.timestamp(), data)), this.timelineEvents)
			.stream()
			.map(names::event)
			.toList();
	}

	/** Upgrade where a quota is used up; clearing archived conversations where there are some. */
	private List<QuickAction> quickActions(List<ClientFacts> clients, Map<UUID, PeriodFigures> perClient) {
		List<QuickAction> actions = new ArrayList<>();
		if (!this.links.available()) {
			return List.of();
		}
		for (ClientFacts client : clients) {
			boolean exceeded = client.quotas().quotas().stream().anyMatch((q) -> q.reached(100));
			if (exceeded) {
				actions.add(new QuickAction("upgrade_tier", "Upgrade " + client.identity().name() + "'s tier",
						this.links.upgrade(client.id())));
			}
			if (perClient.get(client.id()).byStatus.getOrDefault("archived", 0L) > 0) {
				actions.add(new QuickAction("clear_archived_conversations",
						"Review and clear archived conversations of " + client.identity().name(),
						this.links.archivedConversations(client.id())));
			}
		}
		return List.copyOf(actions);
	}

	private static Map<String, String> emptyStates(List<SidekickStatus> sidekicks, PeriodFigures now,
			List<TimelineEvent> timeline, ReportPeriod period, boolean adminLinks) {
		Map<String, String> empty = new LinkedHashMap<>();
		if (!adminLinks) {
			empty.put("quick_actions", "Links into the Sidekick Forge admin appear once forge.admin-base-url is set.");
		}
		if (sidekicks.isEmpty()) {
			empty.put("sidekicks", "No sidekicks yet: create one in the Sidekick Forge admin.");
		}
		if (now.conversations == 0) {
			empty.put("conversations", "No conversations yet: share a sidekick's link or embed it to start one.");
		}
		if (timeline.isEmpty()) {
			empty.put("activity", "No activity in the selected period" + switch (period.kind()) {
				case LAST_30_DAYS, LAST_6_MONTHS, LAST_12_MONTHS -> ".";
				case CURRENT, LAST_7_DAYS, CUSTOM, PREVIOUS -> ": try 30 days.";
			});
		}
		return empty;
	}

	private static Map<UUID, String> names(List<ClientFacts> clients) {
		Map<UUID, String> names = new HashMap<>();
		clients.forEach((c) -> names.put(c.id(), c.identity().name()));
		return names;
	}

	private static LocalDate day(Instant instant, ReportDataset data) {
		return LocalDate.ofInstant(instant, data.zone());
	}

}
