package com.sidekickforge.monitor.api;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.sidekickforge.monitor.report.LiveReports;
import com.sidekickforge.monitor.report.ReportService;
import com.sidekickforge.monitor.report.export.ExportFormat;
import com.sidekickforge.monitor.report.model.PeriodKind;
import com.sidekickforge.monitor.report.model.ReportJson;
import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.model.ReportScope;
import com.sidekickforge.monitor.report.model.TimelineEvent;

/**
 * The seed's data endpoints and the exports, each answered for the caller's scope: the same JSON as
 * {@code monitoring-<period>.json}, the activity feed, and the export files.
 */
@RestController
@ConditionalOnWebApplication
class MonitoringApi {

	/** The most events one page of the activity feed holds. */
	static final int MAX_LIMIT = 1000;

	/** How deep the activity feed can be paged: offset plus limit. */
	static final int MAX_DEPTH = 10_000;

	private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z_]{0,63}");

	private final ApiScopes scopes;

	private final LiveReports reports;

	private final ReportService exports;

	private final ReportJson json = new ReportJson();

	MonitoringApi(ApiScopes scopes, LiveReports reports, ReportService exports) {
		this.scopes = scopes;
		this.reports = reports;
		this.exports = exports;
	}

	static final String CLIENT = "a client id or slug of the caller's; all of theirs when absent";

	static final String PERIOD = "current (billing period to date, the default), 7d, 30d, 6m, 12m or custom";

	static final String FROM = "first day of a custom period (YYYY-MM-DD)";

	static final String TO = "last day of a custom period (YYYY-MM-DD)";

	@Operation(summary = "The monitoring data of the caller's scope, as of now",
			description = "The monitoring-<period>.json of the reports, built for the caller's clients (or the one "
					+ "client_id names).")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
			schema = @Schema(ref = "#/components/schemas/MonitoringData")))
	@GetMapping(path = "/admin/monitoring/data", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<StreamingResponseBody> data(HttpServletRequest request,
			@Parameter(description = CLIENT) @RequestParam(name = "client_id", required = false) String client,
			@Parameter(description = PERIOD) @RequestParam(required = false) String period,
			@Parameter(description = FROM) @RequestParam(required = false) String from,
			@Parameter(description = TO) @RequestParam(required = false) String to) {
		ReportScope scope = this.scopes.scope(ApiScopes.caller(request), client);
		ReportPeriod chosen = this.scopes.period(period, from, to, "current");
		var data = this.reports.data(scope, chosen);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body((out) -> this.json.write(data, out));
	}

	@Operation(summary = "The activity timeline of the caller's scope, newest first (ties by id)")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
			schema = @Schema(ref = "#/components/schemas/ActivityEvents")))
	@GetMapping(path = "/admin/monitoring/activity", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<StreamingResponseBody> activity(HttpServletRequest request,
			@Parameter(description = "events per page, 1 to 1000") @RequestParam(required = false,
					defaultValue = "50") int limit,
			@Parameter(description = "events skipped; offset + limit at most 10,000") @RequestParam(required = false,
					defaultValue = "0") int offset,
			@Parameter(description = "only events of this type (conversation_start, quota_warning, error, ...)")
			@RequestParam(name = "event_type", required = false) String eventType,
			@Parameter(description = CLIENT) @RequestParam(name = "client_id", required = false) String client,
			@Parameter(description = "only events of this sidekick") @RequestParam(name = "agent_id",
					required = false) UUID agent,
			@Parameter(description = PERIOD + " (default 30d)") @RequestParam(required = false) String period,
			@Parameter(description = FROM) @RequestParam(required = false) String from,
			@Parameter(description = TO) @RequestParam(required = false) String to) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ApiProblem.badParameter("limit", "limit: " + limit + " is out of range (expected 1 to " + MAX_LIMIT + ")");
		}
		if (offset < 0) {
			throw ApiProblem.badParameter("offset", "offset: " + offset + " is negative (expected 0 or more)");
		}
		if ((long) offset + limit > MAX_DEPTH) {
			throw ApiProblem.badParameter("offset", "offset + limit: " + ((long) offset + limit) + " is beyond the "
					+ MAX_DEPTH + " newest events the feed pages through (narrow the period or filter instead)");
		}
		String type = (eventType == null || eventType.isBlank()) ? null : eventType.trim().toLowerCase(Locale.ROOT);
		if (type != null && !EVENT_TYPE.matcher(type).matches()) {
			throw ApiProblem.badParameter("event_type", "event_type: '" + eventType
					+ "' is not an event type (such as conversation_start, quota_warning, error)");
		}
		ReportScope scope = this.scopes.scope(ApiScopes.caller(request), client);
		ReportPeriod chosen = this.scopes.period(period, from, to, "30d");
		List<TimelineEvent> events = this.reports.activity(scope, chosen, new LiveReports.ActivityFilter(type, agent),
				limit, offset);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body((out) -> this.json.write(events, out));
	}

	@Operation(summary = "One export file of the caller's scope (Content-Disposition: attachment)")
	@ApiResponse(responseCode = "200", content = { @Content(mediaType = "text/csv"),
			@Content(mediaType = "application/pdf"), @Content(mediaType = "application/json"),
			@Content(mediaType = "text/html") })
	@GetMapping("/admin/monitoring/export/{format}")
	ResponseEntity<StreamingResponseBody> export(HttpServletRequest request,
			@Parameter(description = "csv, pdf, json, conversations or html") @PathVariable String format,
			@Parameter(description = CLIENT) @RequestParam(name = "client_id", required = false) String client,
			@Parameter(description = PERIOD) @RequestParam(required = false) String period,
			@Parameter(description = FROM) @RequestParam(required = false) String from,
			@Parameter(description = TO) @RequestParam(required = false) String to) {
		ExportFormat chosenFormat;
		try {
			chosenFormat = ExportFormat.of(format);
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.notFound("No export '" + format + "': " + ex.getMessage());
		}
		ReportScope scope = this.scopes.scope(ApiScopes.caller(request), client);
		ReportPeriod chosen = this.scopes.period(period, from, to, "current");
		boolean custom = chosen.kind() == PeriodKind.CUSTOM;
		String fileName = (scope.client() != null ? scope.client().slug() + "-" : "") + chosenFormat.fileName(
				custom ? chosen.first() + "_" + chosen.last() : chosen.name());
		StreamingResponseBody body = (out) -> this.exports.export(chosenFormat, scope, chosen.name(),
				custom ? chosen.first() : null, custom ? chosen.last() : null, null, out);
		return ResponseEntity.ok()
			.contentType(mediaType(chosenFormat))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	private static MediaType mediaType(ExportFormat format) {
		return switch (format) {
			case CSV -> MediaType.parseMediaType("text/csv;charset=UTF-8");
			case PDF -> MediaType.APPLICATION_PDF;
			case HTML -> MediaType.parseMediaType("text/html;charset=UTF-8");
			case JSON, CONVERSATIONS -> MediaType.APPLICATION_JSON;
		};
	}

}
