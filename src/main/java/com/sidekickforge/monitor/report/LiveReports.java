package com.sidekickforge.monitor.report;

import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.springframework.stereotype.Service;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.PlatformDatabase;
import com.sidekickforge.monitor.report.assembly.TimelineNames;
import com.sidekickforge.monitor.report.html.DashboardHtml;
import com.sidekickforge.monitor.report.html.LiveView;
import com.sidekickforge.monitor.report.model.MonitoringData;
import com.sidekickforge.monitor.report.model.PeriodKind;
import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.model.ReportScope;
import com.sidekickforge.monitor.report.model.TimelineEvent;
import com.sidekickforge.monitor.report.read.ReportDataset;
import com.sidekickforge.monitor.report.read.ReportReader;
import com.sidekickforge.monitor.report.read.TimelineReader;
import com.sidekickforge.monitor.source.ClientIdentity;
import com.sidekickforge.monitor.source.TenantDatabases;

/**
 * Reports as {@code serve} answers them: the data of a period, the live dashboard and its sections, and the
 * activity feed. What is read for a period (every client at once, as for a publication) is reused for
 * {@code forge.api.data-cache}, so that many viewers and their refreshing sections cost one read.
 */
@Service
public class LiveReports {

	private final ReportReader reader;

	private final ReportWriters writers;

	private final DashboardHtml html;

	private final TenantDatabases tenants;

	private final DataSource platform;

	private final DataSource store;

	private final Duration reuse;

	private final Map<List<ReportPeriod>, Read> cache = new ConcurrentHashMap<>();

	LiveReports(ReportReader reader, ReportWriters writers, DashboardHtml html, TenantDatabases tenants,
			@PlatformDatabase DataSource platform, DataSource store, ForgeProperties properties) {
		this.reader = reader;
		this.writers = writers;
		this.html = html;
		this.tenants = tenants;
		this.platform = platform;
		this.store = store;
		this.reuse = properties.api().dataCache();
	}

	/** What the live page offers besides the data: where its parts come from, and the viewer's clients. */
	public record Page(String partialsPath, String query, String htmxPath, List<ClientIdentity> clients,
			UUID selectedClient, String nonce) {
	}

	/** What the activity feed is narrowed to; null fields narrow nothing. */
	public record ActivityFilter(String eventType, UUID agentId) {
	}

	/**
	 * @throws IllegalArgumentException naming the parameter when the period is not one
	 */
	public ReportPeriod period(String name, LocalDate from, LocalDate to) {
		return ReportPeriod.of(name, from, to, this.reader.asOfDay(this.reader.asOf(null)));
	}

	public MonitoringData data(ReportScope scope, ReportPeriod period) {
		return this.writers.data(read(List.of(period)), scope, period);
	}

	public void dashboard(ReportScope scope, ReportPeriod period, Page page, OutputStream out) {
		this.html.writeLive(List.of(data(scope, period)), live(period, page, true), out);
	}

	/** One refreshing section of the live page: usage-cards, sidekick-grid, activity-feed or health-panel. */
	public String section(String section, ReportScope scope, ReportPeriod period, Page page) {
		return this.html.section(List.of(data(scope, period)), live(period, page, false), section);
	}

	/**
	 * The activity of the scope in the period, newest first (ties by id): {@code limit} events after the first
	 * {@code offset}.
	 */
	public List<TimelineEvent> activity(ReportScope scope, ReportPeriod period, ActivityFilter filter, int limit,
			int offset) {
		ReportDataset data = read(List.of(period));
		Predicate<TimelineReader.Entry> inScope = (e) -> (e.clientId() == null) ? scope.seesPlatform()
				: scope.includes(e.clientId());
		Predicate<TimelineReader.Entry> wanted = inScope
			.and((e) -> filter.eventType() == null || filter.eventType().equals(e.eventType()))
			.and((e) -> filter.agentId() == null || filter.agentId().equals(e.agentId()));
		Instant from = period.first().atStartOfDay(data.zone()).toInstant();
		Instant end = period.last().plusDays(1).atStartOfDay(data.zone()).toInstant();
		Instant to = data.asOf().isBefore(end) ? data.asOf().plusMillis(1) : end;
		Map<UUID, List<TimelineReader.Entry>> events = new TimelineReader(this.platform, this.store).read(from, to,
				offset + limit, wanted);
		TimelineNames names = TimelineNames.of(data.clients());
		return events.values()
			.stream()
			.flatMap(List::stream)
			.sorted(TimelineReader.NEWEST_FIRST)
			.skip(offset)
			.limit(limit)
			.map(names::event)
			.toList();
	}

	private LiveView live(ReportPeriod period, Page page, boolean skeleton) {
		LocalDate asOfDay = this.reader.asOfDay(this.reader.asOf(null));
		List<LiveView.Choice> periods = new ArrayList<>();
		for (PeriodKind kind : PeriodKind.NAMED) {
			periods.add(new LiveView.Choice(kind.key(), ReportPeriod.of(kind, asOfDay).shortLabel(),
					kind == period.kind(), null, null));
		}
		// A custom range is always on offer: chosen, it shows the range's own label; else the picker's entry.
		periods.add(PeriodKind.NAMED.contains(period.kind())
				? new LiveView.Choice(PeriodKind.CUSTOM.key(), "Custom range\u2026", false, null, null)
				: new LiveView.Choice(period.name(), period.shortLabel(), true, null, null));
		List<LiveView.Choice> clients = page.clients()
			.stream()
			.map((c) -> new LiveView.Choice(c.id().toString(), c.name(), c.id().equals(page.selectedClient()), null, null))
			.toList();
		return new LiveView(page.partialsPath(), page.query(), page.htmxPath(), periods, clients, skeleton,
				page.nonce());
	}

	/** The data of these periods, read now or reused while younger than {@code forge.api.data-cache}. */
	private ReportDataset read(List<ReportPeriod> periods) {
		Instant now = this.reader.asOf(null);
		// Custom periods come and go: what nobody asked for lately is not kept.
		this.cache.values().removeIf((cached) -> !cached.at().plus(this.reuse).isAfter(now));
		// compute() holds the entry while reading: requests for the same periods wait for one read instead of each reading.
		return this.cache.compute(periods, (key, cached) -> {
			if (cached != null && cached.at().plus(this.reuse).isAfter(now)) {
				return cached;
			}
			return new Read(now, this.reader.read(now, key, this.tenants.partitions()));
		}).data();
	}

	private record Read(Instant at, ReportDataset data) {
	}

}
