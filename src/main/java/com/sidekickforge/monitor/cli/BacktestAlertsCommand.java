package com.sidekickforge.monitor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import com.sidekickforge.monitor.alert.EarlyWarnings;
import com.sidekickforge.monitor.anomaly.AnomalyRule;
import com.sidekickforge.monitor.anomaly.UnusualDay;
import com.sidekickforge.monitor.config.ClientSlug;
import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.launch.PlatformLookup;
import com.sidekickforge.monitor.launch.SpringLauncher;
import com.sidekickforge.monitor.launch.UsageException;
import com.sidekickforge.monitor.quota.ClientQuotas;
import com.sidekickforge.monitor.quota.Quota;
import com.sidekickforge.monitor.quota.QuotaMetric;
import com.sidekickforge.monitor.quota.QuotaReader;
import com.sidekickforge.monitor.quota.UsageHistory;
import com.sidekickforge.monitor.source.SidekickNames;
import com.sidekickforge.monitor.source.TenantDatabases;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code forge-monitor backtest-alerts}: replays the store's daily usage day by day and prints what the alerts
 * ahead of the thresholds would have announced, and on which day, with the settings in force; nothing is written
 * or sent. Each day D sees what a run on D sees: the days before it (a projection from the use up to D, D's
 * sidekick days judged on D + 1, once D has been rolled up).
 */
@Command(name = "backtest-alerts", mixinStandardHelpOptions = true,
		description = "Prints what projected-exhaustion and unusual-day alerts would have announced, day by day, "
				+ "from the store's history (nothing is sent).")
final class BacktestAlertsCommand implements Callable<Integer> {

	@Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, description = "First day replayed.")
	private LocalDate from;

	@Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true, description = "Last day replayed.")
	private LocalDate to;

	@Option(names = "--client", paramLabel = "ID|SLUG", description = "Only this client.")
	private String client;

	@Option(names = "--paces", description = "Also compare the pace in use with flat means against the days "
			+ "limits were actually reached.")
	private boolean paces;

	@Option(names = "--out", paramLabel = "DIR",
			description = "Output directory whose embedded databases to use (as forge.output-dir).")
	private Path out;

	private final SpringLauncher launcher;

	private final PrintStream stdout;

	BacktestAlertsCommand(SpringLauncher launcher, PrintStream stdout) {
		this.launcher = launcher;
		this.stdout = stdout;
	}

	/** One line of output: a day, a kind, a client and what would have been said. */
	private record Line(LocalDate day, String kind, String client, String text) {
	}

	@Override
	public Integer call() {
		if (this.to.isBefore(this.from) || this.from.until(this.to).toTotalMonths() >= 24) {
			throw new UsageException("--from must not be after --to, and at most two years before it");
		}
		try (ConfigurableApplicationContext context = this.launcher.start(
				this.launcher.arguments().outputDirSettings(this.out))) {
			ForgeProperties properties = context.getBean(ForgeProperties.class);
			EarlyWarnings warnings = EarlyWarnings.of(properties);
			UsageHistory history = context.getBean(UsageHistory.class);
			QuotaReader quotas = new QuotaReader(PlatformLookup.dataSource(context));
			Map<UUID, String> sidekicks = SidekickNames.read(context.getBean(TenantDatabases.class).partitions());
			List<ClientQuotas> clients = quotas.period(YearMonth.from(this.to).atDay(1), null)
				.stream()
				.filter((c) -> this.client == null || ClientSlug.names(this.client, c.clientId(), c.clientName()))
				.toList();
			if (clients.isEmpty()) {
				throw new UsageException("No client " + ((this.client != null) ? "named " + this.client : "at all"));
			}
			List<Line> lines = new ArrayList<>();
			PaceComparison comparison = new PaceComparison(properties.alerts().projectionDays());
			Map<UUID, ClientQuotas> byId = new HashMap<>();
			clients.forEach((client) -> byId.put(client.clientId(), client));
			UUID only = (clients.size() == 1) ? clients.getFirst().clientId() : null;
			history.eachClient(this.from.minusDays(AnomalyRule.LOOKBACK_DAYS + 1), this.to, only, (days) -> {
				ClientQuotas client = byId.get(days.clientId());
				if (client != null) {
					replay(client, days, sidekicks, warnings, lines, comparison);
				}
			});
			lines.sort((a, b) -> (a.day() + a.kind() + a.client()).compareTo(b.day() + b.kind() + b.client()));
			this.stdout.printf(Locale.ROOT, "Replayed %s..%s for %d client(s): projection within %d days while under "
					+ "%d %%; unusual at %.1f robust deviations and at least %d voice minutes, %d text messages, %d "
					+ "embedding chunks above the median, after %d days of use%n", this.from, this.to, clients.size(),
					properties.alerts().projectionDays(), EarlyWarnings.BELOW_PERCENT, properties.alerts().anomaly().score(),
					properties.alerts().anomaly().minimumVoiceMinutes(),
					properties.alerts().anomaly().minimumTextMessages(),
					properties.alerts().anomaly().minimumEmbeddingChunks(), properties.alerts().anomaly().historyDays());
			for (Line line : lines) {
				this.stdout.printf(Locale.ROOT, "%s  %-27s %-28s %s%n", line.day(), line.kind(), line.client(),
						line.text());
			}
			long projected = lines.stream().filter((l) -> l.kind().startsWith("quota.")).count();
			this.stdout.printf(Locale.ROOT, "%d projected exhaustion(s), %d unusual day(s)%n", projected,
					lines.size() - projected);
			if (this.paces) {
				comparison.lines().forEach(this.stdout::println);
			}
			return 0;
		}
	}

	private void replay(ClientQuotas client, UsageHistory.ClientDays days, Map<UUID, String> sidekicks,
			EarlyWarnings warnings, List<Line> lines, PaceComparison comparison) {
		Map<QuotaMetric, Map<LocalDate, Long>> total = new HashMap<>();
		for (QuotaMetric metric : QuotaMetric.values()) {
			total.put(metric, days.total(metric));
		}
		Set<String> announced = new HashSet<>();
		for (LocalDate day = this.from; !day.isAfter(this.to); day = day.plusDays(1)) {
			LocalDate periodStart = YearMonth.from(day).atDay(1);
			for (Quota limit : client.quotas()) {
				Map<LocalDate, Long> daily = total.get(limit.metric());
				long used = 0;
				for (LocalDate d = periodStart; d.isBefore(day); d = d.plusDays(1)) {
					used += daily.getOrDefault(d, 0L);
				}
				Quota quota = new Quota(limit.metric(), used, limit.limit());
				LocalDate reachedOn = reachedOn(quota, daily, periodStart);
				if (reachedOn != null) {
					comparison.add(quota, daily, day, reachedOn);
				}
				String key = limit.metric() + " " + periodStart;
				if (!announced.contains(key)) {
					LocalDate today = day;
					warnings.projection(quota, daily, day).ifPresent((p) -> {
						announced.add(key);
						lines.add(new Line(today, "quota.projected_exhaustion", client.clientName(), String.format(
								Locale.ROOT, "%s: %s of %s %s used (%s); at %s %s a workday and %s a weekend day the "
										+ "limit is reached on %s", limit.metric().title(),
								limit.metric().format(quota.used()), limit.metric().format(quota.limit()),
								limit.metric().unit(), quota.percentText(),
								limit.metric().format(Math.round(p.forecast().workdayPace())), limit.metric().unit(),
								limit.metric().format(Math.round(p.forecast().weekendPace())),
								p.forecast().reachedOn()) + outcome(reachedOn, periodStart)));
					});
				}
			}
			LocalDate judged = day.minusDays(1);
			for (var sidekick : days.bySidekick().entrySet()) {
				for (var metric : sidekick.getValue().entrySet()) {
					LocalDate today = day;
					warnings.unusualDay(metric.getKey(), judged, metric.getValue())
						.ifPresent((unusual) -> lines.add(new Line(today, "usage.unusual_day", client.clientName(),
								describe(sidekicks.getOrDefault(sidekick.getKey(), sidekick.getKey().toString()),
										metric.getKey(), unusual))));
				}
			}
		}
	}

	/**
	 * What happened, as far as the history replayed tells: the day the limit was actually reached, or that it was
	 * not by the end of the period or of the replay.
	 */
	private String outcome(LocalDate reachedOn, LocalDate periodStart) {
		return (reachedOn != null) ? "; reached on " + reachedOn : "; not reached by " + lastReplayed(periodStart);
	}

	/** The day the period's use reached the limit, as far as the replay goes; null when it did not. */
	private LocalDate reachedOn(Quota quota, Map<LocalDate, Long> daily, LocalDate periodStart) {
		if (quota.unlimited()) {
			return null;
		}
		long used = 0;
		for (LocalDate day = periodStart; !day.isAfter(lastReplayed(periodStart)); day = day.plusDays(1)) {
			used += daily.getOrDefault(day, 0L);
			if (used >= quota.limit()) {
				return day;
			}
		}
		return null;
	}

	/** The last day of the period the replay covers. */
	private LocalDate lastReplayed(LocalDate periodStart) {
		LocalDate periodEnd = YearMonth.from(periodStart).atEndOfMonth();
		return periodEnd.isBefore(this.to) ? periodEnd : this.to;
	}

	private static String describe(String sidekick, QuotaMetric metric, UnusualDay day) {
		return String.format(Locale.ROOT, "%s: %s on %s: %s %s (usually %s-%s, median %s; %.1f deviations%s)",
				sidekick, metric.title(), day.day(), metric.format(day.amount()), metric.unit(),
				metric.format(Math.round(day.usualLow())), metric.format(Math.round(day.usualHigh())),
				metric.format(Math.round(day.median())), day.score(),
				day.byKindOfDay() ? ", against " + day.comparedWith() : "");
	}

}
