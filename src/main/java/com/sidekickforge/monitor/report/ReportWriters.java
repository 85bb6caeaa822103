package com.sidekickforge.monitor.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.publication.FileTrees;
import com.sidekickforge.monitor.report.assembly.MonitoringDataAssembler;
import com.sidekickforge.monitor.report.export.ConversationsExport;
import com.sidekickforge.monitor.report.export.ExportFormat;
import com.sidekickforge.monitor.report.export.UsageCsv;
import com.sidekickforge.monitor.report.html.DashboardHtml;
import com.sidekickforge.monitor.report.model.MonitoringData;
import com.sidekickforge.monitor.report.model.PeriodKind;
import com.sidekickforge.monitor.report.model.ReportJson;
import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.model.ReportScope;
import com.sidekickforge.monitor.report.pdf.SummaryPdf;
import com.sidekickforge.monitor.report.read.ReportDataset;
import com.sidekickforge.monitor.source.SourcePartition;

/** Writes one format of one scope and period to a stream: the single place each format is chosen. */
@Component
class ReportWriters {

	private final MonitoringDataAssembler assembler;

	private final SummaryPdf pdf;

	private final DashboardHtml html;

	private final ReportJson json = new ReportJson();

	ReportWriters(MonitoringDataAssembler assembler, SummaryPdf pdf, DashboardHtml html) {
		this.assembler = assembler;
		this.pdf = pdf;
		this.html = html;
	}

	MonitoringData data(ReportDataset data, ReportScope scope, ReportPeriod period) {
		return this.assembler.assemble(data, scope, period);
	}

	void write(ExportFormat format, ReportDataset data, List<SourcePartition> partitions, ReportScope scope,
			ReportPeriod period, OutputStream out) {
		write(format, data, partitions, scope, period, () -> data(data, scope, period), out);
	}

	/**
	 * One format, with the scope's data of the period assembled by the caller when it has it already (a report run
	 * assembles each scope once for all its formats); formats that need none never ask.
	 */
	void write(ExportFormat format, ReportDataset data, List<SourcePartition> partitions, ReportScope scope,
			ReportPeriod period, Supplier<MonitoringData> assembled, OutputStream out) {
		switch (format) {
			case JSON -> this.json.write(assembled.get(), out);
			case CSV -> {
				var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
				UsageCsv.write(data, scope, period, writer);
			}
			case CONVERSATIONS -> new ConversationsExport(this.json).write(partitions, data, scope, period, out);
			case PDF -> this.pdf.write(assembled.get(), out);
			case HTML -> this.html.write(dashboardPeriods(data, scope, period, assembled.get()), false, out);
		}
	}

	/**
	 * The periods a dashboard embeds: the chosen one first (shown when the page opens), then the other named
	 * periods the dataset was read for.
	 */
	List<MonitoringData> dashboardPeriods(ReportDataset data, ReportScope scope, ReportPeriod chosen,
			MonitoringData first) {
		List<MonitoringData> periods = new ArrayList<>();
		periods.add(first);
		for (PeriodKind kind : PeriodKind.NAMED) {
			ReportPeriod other = ReportPeriod.of(kind, data.asOfDay());
			if (kind != chosen.kind() && !other.previous().first().isBefore(data.first())) {
				periods.add(data(data, scope, other));
			}
		}
		return periods;
	}

	/**
	 * The dashboard of a scope with the data.json it refreshes from, as published on a site.
	 *
	 * @param jsonExport the scope's JSON export of the same period when the run wrote one (null if not): data.json
	 * holds the same bytes, so it becomes a second name of that file instead of a copy
	 */
	void writeSite(ReportDataset data, ReportScope scope, ReportPeriod chosen, MonitoringData first,
			Path directory, Path jsonExport) {
		List<MonitoringData> periods = dashboardPeriods(data, scope, chosen, first);
		atomically(directory.resolve("index.html"), (out) -> this.html.write(periods, true, out));
		Path dataJson = directory.resolve("data.json");
		if (jsonExport == null || !FileTrees.replaceWithLink(dataJson, jsonExport)) {
			atomically(dataJson, (out) -> this.json.write(periods.get(0), out));
		}
	}

	/** {@code activity.json}: the timeline of the period, newest first. */
	void writeActivity(MonitoringData assembled, OutputStream out) {
		this.json.write(assembled.activity(), out);
	}

	/** Writes through a temporary file beside the target, then moves it in place: never a half-written file. */
	static void atomically(Path target, IoWriter writer) {
		try {
			Files.createDirectories(target.toAbsolutePath().getParent());
			Path part = target.resolveSibling("." + target.getFileName() + ".part");
			try (OutputStream out = Files.newOutputStream(part)) {
				writer.write(out);
			}
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + target + ": " + ex.getMessage(), ex);
		}
	}

	/** Writes to a stream, may fail with an I/O error. */
	@FunctionalInterface
	interface IoWriter {

		void write(OutputStream out) throws IOException;

	}

}
