package com.sidekickforge.monitor.api;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

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

import com.sidekickforge.monitor.report.ExportFormat;
import com.sidekickforge.monitor.report.LiveReports;
import com.sidekickforge.monitor.report.ReportJson;
import com.sidekickforge.monitor.report.ReportPeriod;
import com.sidekickforge.monitor.report.ReportScope;
import com.sidekickforge.monitor.report.ReportService;
import com.sidekickforge.monitor.report.TimelineEvent;

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

	@GetMapping(path = "/admin/monitoring/data", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<StreamingResponseBody> data(HttpServletRequest request,
			@RequestParam(name = "client_id", required = false) String client,
			@RequestParam(required = false) String period, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		ReportScope scope = this.scopes.scope(ApiScopes.caller(request), client);
		ReportPeriod chosen = this.scopes.period(period, from, to, "current");
		var data = this.reports.data(scope, chosen);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body((out) -> this.json.write(data, out));
	}

	@GetMapping(path = "/admin/monitoring/activity", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<StreamingResponseBody> activity(HttpServletRequest request,
			@RequestParam(required = false, defaultValue = "50") int limit,
			@RequestParam(required = false, defaultValue = "0") int offset,
			@RequestParam(name = "event_type", required = false) String eventType,
			@RequestParam(name = "client_id", required = false) String client,
			@RequestParam(name = "agent_id", required = false) UUID agent,
			@RequestParam(required = false) String period, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
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

	@GetMapping("/admin/monitoring/export/{format}")
	ResponseEntity<StreamingResponseBody> export(HttpServletRequest request, @PathVariable String format,
			@RequestParam(name = "client_id", required = false) String client,
			@RequestParam(required = false) String period, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		ExportFormat chosenFormat;
		try {
			chosenFormat = ExportFormat.of(format);
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.notFound("No export '" + format + "': " + ex.getMessage());
		}
		ReportScope scope = this.scopes.scope(ApiScopes.caller(request), client);
		ReportPeriod chosen = this.scopes.period(period, from, to, "current");
		boolean custom = "custom".equals(chosen.name());
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
