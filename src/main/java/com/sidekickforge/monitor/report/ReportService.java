package com.sidekickforge.monitor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.publication.FileTrees;
import com.sidekickforge.monitor.publication.Generations;
import com.sidekickforge.monitor.publication.Precompression;
import com.sidekickforge.monitor.publication.UnchangedFiles;
import com.sidekickforge.monitor.report.assembly.ReportHeadlines;
import com.sidekickforge.monitor.report.export.ExportFormat;
import com.sidekickforge.monitor.report.model.MonitoringData;
import com.sidekickforge.monitor.report.model.PeriodKind;
import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.model.ReportScope;
import com.sidekickforge.monitor.report.read.ClientFacts;
import com.sidekickforge.monitor.report.read.ReportDataset;
import com.sidekickforge.monitor.report.read.ReportReader;
import com.sidekickforge.monitor.source.ClientIdentity;
import com.sidekickforge.monitor.source.SourcePartition;
import com.sidekickforge.monitor.source.TenantDatabases;

/**
 * Exports and publications: a single export for a person (command line, HTTP), and the report run that writes
 * every file of DESIGN.md section 5 for the admin scope and each client, swapped into the output directory only
 * once complete.
 */
@Service
public class ReportService {

	private final ReportReader reader;

	private final ReportWriters writers;

	private final TenantDatabases tenants;

	private final ForgeProperties properties;

	private final ReportHeadlines headlines;

	private final ReportFormatMeters meters;

	ReportService(ReportReader reader, ReportWriters writers, TenantDatabases tenants, ForgeProperties properties,
			ReportHeadlines headlines, ReportFormatMeters meters) {
		this.headlines = headlines;
		this.meters = meters;
		this.reader = reader;
		this.writers = writers;
		this.tenants = tenants;
		this.properties = properties;
	}

	/** One export of one scope to a stream. */
	public void export(ExportFormat format, ReportScope scope, String period, LocalDate from, LocalDate to, Instant at,
			OutputStream out) {
		Instant asOf = this.reader.asOf(at);
		ReportPeriod chosen = ReportPeriod.of(period, from, to, this.reader.asOfDay(asOf));
		List<SourcePartition> partitions = this.tenants.partitions();
		ReportDataset data = this.reader.read(asOf, periodsToRead(format, chosen, asOf), partitions);
		this.writers.write(format, data, partitions, scope, chosen, out);
	}

	/** One export of one scope to a file, written beside it and moved in place once complete. */
	public void export(ExportFormat format, ReportScope scope, String period, LocalDate from, LocalDate to, Instant at,
			Path target) {
		ReportWriters.atomically(target, (out) -> export(format, scope, period, from, to, at, out));
	}

	/**
	 * Reads what a publication reads (every named period, all clients) and nothing else: the benchmark's baseline.
	 *
	 * @return the number of clients read
	 */
	public int readOnly(Instant at) {
		Instant asOf = this.reader.asOf(at);
		return this.reader.read(asOf, periodsToRead(ExportFormat.HTML, ReportPeriod.of(PeriodKind.CURRENT,
				this.reader.asOfDay(asOf)), asOf), this.tenants.partitions()).clients().size();
	}

	/**
	 * A publication of the period, as of {@code at} (null: now), named after the run that writes it. What dead runs
	 * left beside the published files goes first, unless their run may still be restarted and needs it.
	 *
	 * @param run the job instance writing it
	 * @param restartable whether the job instance of that id may still be restarted
	 */
	public Publication plan(String period, Instant at, long run, LongPredicate restartable) {
		Instant asOf = this.reader.asOf(at);
		ReportPeriod.of(period, null, null, this.reader.asOfDay(asOf)); // a bad period fails here, before any writing
		generations().removeLeftovers(Publication.ASIDE,
				(name) -> restartable.test(Publication.instance(name)));
		return new Publication(asOf, period, asOf.toEpochMilli() + "-" + run);
	}

	/**
	 * Writes one part of a publication beside the published files: the admin scope when asked, and every client whose
	 * id is in the slice (each client's files by as many threads as there are cores). Written again, a part
	 * overwrites its own files only.
	 *
	 * @return the files written
	 */
	public long write(Publication publication, Set<ExportFormat> formats, ClientSlice slice, boolean admin) {
		ReportPeriod chosen = ReportPeriod.of(publication.period(), null, null,
				this.reader.asOfDay(publication.asOf()));
		List<SourcePartition> partitions = this.tenants.partitions();
		// Every client is read even for a slice: a client's report compares it with its tier.
		ReportDataset data = this.reader.read(publication.asOf(), periodsToRead(formats.contains(ExportFormat.HTML)
				? ExportFormat.HTML : ExportFormat.JSON, chosen, publication.asOf()), partitions);
		Path output = this.properties.outputPath();
		Path exportsAside = publication.exportsAside(output);
		Path siteAside = publication.siteAside(output);
		AtomicLong files = new AtomicLong();
		UnchangedFiles unchanged = UnchangedFiles.against(Map.of("exports", exportsAside, "site", siteAside),
				generations().current());
		WrittenFiles done = new WrittenFiles(files, unchanged,
				new Precompression(this.properties.publish().precompress()), this.meters);
		int threads = this.properties.reports().threads();
		try (var pool = Executors.newFixedThreadPool(threads)) {
			List<Future<?>> written = new ArrayList<>();
			if (admin) {
				// The largest scope first, beside the clients rather than before them: the other threads are not idle.
				written.add(pool.submit(() -> writeScope(publication, exportsAside, siteAside, ReportScope.all(), data,
						partitions, chosen, formats, done)));
			}
			for (ClientFacts client : data.clients()) {
				ClientIdentity identity = client.identity();
				if (!slice.contains(client.id())) {
					continue;
				}
				written.add(pool.submit(() -> writeScope(publication, exportsAside.resolve("clients").resolve(identity.slug()),
						siteAside.resolve("clients").resolve(identity.slug()), ReportScope.of(identity), data, partitions,
						chosen, formats, done)));
			}
			for (var future : written) {
				try {
					future.get();
				}
				catch (ExecutionException ex) {
					pool.shutdownNow();
					throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
							: new IllegalStateException(ex.getCause());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while writing reports", ex);
				}
			}
		}
		try {
			Files.createDirectories(publication.parts(output));
			Files.writeString(publication.parts(output).resolve(slice.name()), Long.toString(files.get()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot mark " + slice.name() + " written: " + ex.getMessage(), ex);
		}
		return files.get();
	}

	/**
	 * Publishes a publication's written files as one generation of the output directory, once every slice of
	 * clients is there. Done again (a restart after a crash, or after its mails could not be queued) it finishes what
	 * is left, and never puts an earlier generation back in place of a later one.
	 *
	 * @param slices the parts that must have been written (on this node or, through a shared output directory,
	 * another)
	 */
	public Published swapIn(Publication publication, Set<ExportFormat> formats, List<ClientSlice> slices) {
		Path output = this.properties.outputPath();
		Generations generations = generations();
		Path exportsAside = publication.exportsAside(output);
		Path siteAside = publication.siteAside(output);
		Optional<Path> begun = generations.find(publication.run());
		if (begun.isEmpty() && !Files.exists(exportsAside) && !Files.exists(siteAside)) {
			throw new IllegalStateException("Report run " + publication.run() + " has nothing to publish under "
					+ output + ": neither its written files nor its generation are there");
		}
		Path parts = publication.parts(output);
		for (ClientSlice slice : slices) {
			if (!Files.exists(parts.resolve(slice.name()))) {
				throw new IllegalStateException("Clients " + slice.name() + " of report run " + publication.run()
						+ " are not written under " + output + ": with several nodes, forge.output-dir must be one "
						+ "directory shared by all of them");
			}
		}
		Path generation = generations.begin(publication.run());
		generations.publish(generation, Map.of("exports", exportsAside, "site", siteAside));
		Path exports = generation.resolve("exports");
		// A report's files, not their gzip copies: the count means the same whether precompression is on or not.
		Predicate<Path> reportFile = (path) -> Files.isRegularFile(path) && !Precompression.isCopy(path);
		long files = FileTrees.count(exports, reportFile)
				+ (formats.contains(ExportFormat.HTML) ? FileTrees.count(generation.resolve("site"), reportFile) : 0);
		return new Published(exports, FileTrees.count(exports.resolve("clients"), Files::isDirectory), files,
				publication.asOf(), publication.period(), publication.run());
	}

	/** The output directory's generations, {@code forge.publish.keep} of them kept before the current one. */
	private Generations generations() {
		return new Generations(this.properties.outputPath(), this.properties.publish().keep());
	}

	/**
	 * Ends a publication once what listens to it (mail, webhooks) has taken it: its parts marks and its headlines
	 * go. Until then a restart of the run finds it published and tells the listeners again.
	 */
	public void finish(Publication publication) {
		FileTrees.delete(publication.parts(this.properties.outputPath()));
		this.headlines.forget(publication.run());
	}

	/** The periods to read: a dashboard embeds every named period, other formats need only theirs. */
	private List<ReportPeriod> periodsToRead(ExportFormat format, ReportPeriod chosen, Instant asOf) {
		if (format != ExportFormat.HTML) {
			return List.of(chosen);
		}
		List<ReportPeriod> periods = new ArrayList<>(List.of(chosen));
		PeriodKind.NAMED.forEach((kind) -> periods.add(ReportPeriod.of(kind, this.reader.asOfDay(asOf))));
		return periods;
	}

	private void writeScope(Publication publication, Path directory, Path site, ReportScope scope, ReportDataset data,
			List<SourcePartition> partitions, ReportPeriod period, Set<ExportFormat> formats, WrittenFiles files) {
		// The scope's data of the period, assembled once for every format and for the mail's figures (saved whatever
		// formats were asked for: a mail never depends on a file of the run).
		MonitoringData assembled = this.writers.data(data, scope, period);
		this.headlines.save(publication.run(), scope, assembled);
		Path json = null;
		for (ExportFormat format : formats) {
			if (format == ExportFormat.HTML) {
				continue; // last, so that its data.json can be the JSON export's file
			}
			Path file = directory.resolve(format.fileName(period.name()));
			this.meters.write(format.key(), List.of(file), () -> ReportWriters.atomically(file,
					(out) -> this.writers.write(format, data, partitions, scope, period, () -> assembled, out)));
			files.add(file);
			json = (format == ExportFormat.JSON) ? file : json;
		}
		if (formats.contains(ExportFormat.HTML)) {
			Path sameData = json;
			List<Path> pages = List.of(site.resolve("index.html"), site.resolve("data.json"));
			this.meters.write(ExportFormat.HTML.key(), pages,
					() -> this.writers.writeSite(data, scope, period, assembled, site, sameData));
			files.add(pages.toArray(Path[]::new));
		}
		Path activity = directory.resolve("activity.json");
		this.meters.write("activity", List.of(activity),
				() -> ReportWriters.atomically(activity, (out) -> this.writers.writeActivity(assembled, out)));
		files.add(activity);
	}

}
