package com.sidekickforge.monitor.sampledata;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.util.Assert;

import com.sidekickforge.monitor.source.SourceSchema;

/**
 * Fills a platform database, and the tenant databases a {@link TenantPlacement} names, with the
 * Sidekick Forge rows a {@link SampleDataSpec} describes. The databases must be empty; the schema is
 * created first. Clients are spread over threads, each with its own connections; the rows do not depend
 * on the number of threads.
 */
public final class SampleDataGenerator {

	private final int batchSize;

	private final int threads;

	public SampleDataGenerator(int batchSize, int threads) {
		Assert.isTrue(batchSize >= 1, "batchSize must be at least 1");
		Assert.isTrue(threads >= 1, "threads must be at least 1");
		this.batchSize = batchSize;
		this.threads = threads;
	}

	public GenerationSummary generate(SampleDataSpec spec, DataSource platform, TenantPlacement placement,
			GenerationProgress progress) {
		long started = System.nanoTime();
		List<ClientProfile> clients = ClientRoster.of(spec);
		SourceSchema.migratePlatform(platform, false);
		for (ClientProfile client : clients) {
			placement.tenantDatabase(client)
				.ifPresent((tenant) -> SourceSchema.migrateTenant(tenant, client.legacyConversations()));
		}
		Map<String, Long> rows = new TreeMap<>();
		try (Connection connection = platform.getConnection(); SourceRows tiers = new SourceRows(connection, 100)) {
			for (TierQuota quota : TierQuota.DEMO_TIERS) {
				tiers.add(SourceTable.TIER_QUOTAS, Ids.uuid(new SplittableRandom(quota.tier().hashCode())),
						quota.tier(), quota.voiceSecondsPerMonth(), quota.textMessagesPerMonth(),
						quota.embeddingChunksPerMonth(), quota.maxSidekicks(), spec.historyStart().minusYears(1)
							.atStartOfDay(spec.zone())
							.toInstant(),
						spec.historyStart().minusYears(1).atStartOfDay(spec.zone()).toInstant());
			}
			tiers.commit();
			add(rows, tiers);
		}
		catch (SQLException ex) {
			throw new SampleDataException("Cannot write tier_quotas: " + ex.getMessage(), ex);
		}
		writeClients(spec, clients, platform, placement, progress, rows);
		return new GenerationSummary(clients, rows, Duration.ofNanos(System.nanoTime() - started));
	}

	/** Roughly how many transcript rows a spec gives, to choose a volume scale for a target size. */
	public static double estimateTranscriptRows(SampleDataSpec spec) {
		double rows = 0;
		for (ClientProfile client : ClientRoster.of(spec)) {
			LocalDate created = client.createdAt().atZone(client.localZone()).toLocalDate();
			LocalDate first = created.isAfter(spec.historyStart()) ? created : spec.historyStart();
			for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(spec.asOf())); month = month
				.plusMonths(1)) {
				LocalDate from = month.atDay(1).isBefore(first) ? first : month.atDay(1);
				LocalDate to = month.atEndOfMonth().isAfter(spec.asOf()) ? spec.asOf() : month.atEndOfMonth();
				rows += UsagePlan.of(spec, client, month, from, to).transcriptRows();
			}
		}
		return rows;
	}

	private void writeClients(SampleDataSpec spec, List<ClientProfile> clients, DataSource platform,
			TenantPlacement placement, GenerationProgress progress, Map<String, Long> rows) {
		AtomicInteger done = new AtomicInteger();
		AtomicLong written = new AtomicLong();
		ExecutorService executor = Executors.newFixedThreadPool(this.threads);
		try {
			List<Future<Map<String, Long>>> parts = new ArrayList<>();
			for (int t = 0; t < this.threads; t++) {
				int part = t;
				parts.add(executor.submit(() -> {
					Map<String, Long> partRows = new TreeMap<>();
					try (Connection connection = platform.getConnection();
							SourceRows platformRows = new SourceRows(connection, this.batchSize)) {
						for (int i = part; i < clients.size(); i += this.threads) {
							ClientProfile client = clients.get(i);
							long before = total(platformRows);
							long tenantRows = writeClient(spec, client, platformRows, placement, partRows);
							long clientRows = total(platformRows) - before + tenantRows;
							synchronized (progress) {
								progress.clientWritten(done.incrementAndGet(), clients.size(),
										written.addAndGet(clientRows));
							}
						}
						add(partRows, platformRows);
					}
					return partRows;
				}));
			}
			for (Future<Map<String, Long>> part : parts) {
				part.get().forEach((table, count) -> rows.merge(table, count, Long::sum));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SampleDataException("Interrupted while generating sample data", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new SampleDataException("Generating sample data failed: " + cause.getMessage(), cause);
		}
		finally {
			executor.shutdownNow();
		}
	}

	/** Writes one client and commits it; returns the rows written to its own tenant database. */
	private long writeClient(SampleDataSpec spec, ClientProfile client, SourceRows platformRows,
			TenantPlacement placement, Map<String, Long> partRows) throws SQLException {
		Optional<DataSource> tenant = placement.tenantDatabase(client);
		if (tenant.isEmpty()) {
			ClientActivity.write(spec, client, platformRows, platformRows);
			platformRows.commit();
			return 0;
		}
		try (Connection connection = tenant.get().getConnection();
				SourceRows tenantRows = new SourceRows(connection, this.batchSize)) {
			ClientActivity.write(spec, client, platformRows, tenantRows);
			tenantRows.commit();
			platformRows.commit();
			add(partRows, tenantRows);
			return total(tenantRows);
		}
	}

	private static long total(SourceRows rows) {
		rows.flush();
		return rows.written().values().stream().mapToLong(Long::longValue).sum();
	}

	private static void add(Map<String, Long> rows, SourceRows source) {
		source.written().forEach((table, count) -> rows.merge(table.tableName(), count, Long::sum));
	}

}
