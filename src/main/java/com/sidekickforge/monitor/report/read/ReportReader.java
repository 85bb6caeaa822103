package com.sidekickforge.monitor.report.read;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.PlatformDatabase;
import com.sidekickforge.monitor.health.HealthSamples;
import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.rollup.RecordedHistory;
import com.sidekickforge.monitor.run.RunHistory;
import com.sidekickforge.monitor.source.SourcePartition;
import com.sidekickforge.monitor.webhook.WebhookEndpointStates;

/** Reads a {@link ReportDataset}: the platform, every tenant database and the store, once per report run. */
@Component
public class ReportReader {

	/** Job runs a report of all clients lists. */
	static final int RECENT_RUNS = 15;

	private final DataSource platform;

	private final DataSource store;

	private final ForgeProperties properties;

	private final Clock clock;

	private final RunHistory runs;

	private final HealthSamples health;

	private final RecordedHistory history;

	private final WebhookEndpointStates webhookStates;

	ReportReader(@PlatformDatabase DataSource platform, DataSource store, ForgeProperties properties, Clock clock,
			RunHistory runs, HealthSamples health,
			RecordedHistory history,
			WebhookEndpointStates webhookStates) {
		this.history = history;
		this.webhookStates = webhookStates;
		this.runs = runs;
		this.health = health;
		this.platform = platform;
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	/** The as-of moment of a report: the given one (a replay, the demo's day) or now. */
	public Instant asOf(Instant at) {
		return (at != null) ? at : this.clock.instant();
	}

	public LocalDate asOfDay(Instant asOf) {
		return LocalDate.ofInstant(asOf, this.properties.timezone());
	}

	/**
	 * Reads what the periods need (each ending at or before the as-of day) from the platform, the store and the
	 * given source databases (the caller's, so one run resolves {@code tenants.yml} once).
	 */
	public ReportDataset read(Instant asOf, Collection<ReportPeriod> periods, List<SourcePartition> partitions) {
		ZoneId zone = this.properties.timezone();
		LocalDate first = periods.stream().map((p) -> p.previous().first()).min(LocalDate::compareTo).orElseThrow();
		LocalDate last = periods.stream().map(ReportPeriod::last).max(LocalDate::compareTo).orElseThrow();
		LocalDate billingPeriod = last.withDayOfMonth(1);
		Instant rangeStart = first.atStartOfDay(zone).toInstant();
		Instant rangeEnd = last.plusDays(1).atStartOfDay(zone).toInstant();
		Instant timelineEnd = asOf.isBefore(rangeEnd) ? asOf.plusMillis(1) : rangeEnd;
		var reports = this.properties.reports();
		var directory = new ClientDirectoryReader(this.platform).read(partitions, billingPeriod, asOf,
				asOf.minus(reports.onlineWindow()), rangeStart);
		var activity = new StoreActivityReader(this.store).read(first, last);
		new ActionReader(this.platform).read(first, last, zone, activity);
		LocalDate timelineFirst = periods.stream().map(ReportPeriod::first).min(LocalDate::compareTo).orElseThrow();
		var timeline = new TimelineReader(this.platform, this.store)
			.read(timelineFirst.atStartOfDay(zone).toInstant(), timelineEnd, reports.timelineEvents());
		var alerts = new AlertFactsReader(this.store).read(rangeStart, timelineEnd, first.withDayOfMonth(1), billingPeriod,
				LocalDate.ofInstant(timelineEnd.minusMillis(1), zone).minusDays(1), this.webhookStates.all());
		List<ClientFacts> clients = List.copyOf(directory.clients());
		return new ReportDataset(asOf, asOfDay(asOf), zone, first, clients, directory.unreachable(), activity, timeline,
				alerts, this.runs.recentEnded(RECENT_RUNS), health(asOf, rangeStart, timelineEnd, zone),
				new HistoryCoverage(this.history.firstDay().orElse(null)), TierAverages.of(clients));
	}

	/** The newest health check not older than forge.health.freshness at the as-of moment, and the period's probes. */
	private HealthFacts health(Instant asOf, Instant from, Instant to, ZoneId zone) {
		var check = this.health.latestCheck(asOf.minus(this.properties.health().freshness()), asOf);
		var probes = this.health.probesPerClientDay(from, to, zone);
		if (check.isEmpty()) {
			return new HealthFacts(null, List.of(), Map.of(), probes);
		}
		return new HealthFacts(check.get(), this.health.samples(check.get()), this.health.sessions(check.get()), probes);
	}

}
