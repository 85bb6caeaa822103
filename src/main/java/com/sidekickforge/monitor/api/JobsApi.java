package com.sidekickforge.monitor.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.sidekickforge.monitor.config.JobDeclaration;
import com.sidekickforge.monitor.config.Role;
import com.sidekickforge.monitor.report.model.ReportJson;
import com.sidekickforge.monitor.report.model.ReportScope;
import com.sidekickforge.monitor.run.JobParameterRules;
import com.sidekickforge.monitor.run.JobRunException;
import com.sidekickforge.monitor.run.JobRuns;
import com.sidekickforge.monitor.run.RunOutcome;
import com.sidekickforge.monitor.security.ApiCaller;

/**
 * Manual runs over HTTP: {@code POST /admin/jobs/{job}/run?name=value...}. A subscriber may not; an admin only
 * for one of their clients (jobs that take {@code client}); a superadmin any job. The run goes on after the answer
 * (202 with where to ask), or with {@code wait=true} the answer is its outcome.
 */
@RestController
@ConditionalOnWebApplication
class JobsApi {

	private final JobRuns runs;

	private final JobTickets tickets;

	private final ApiScopes scopes;

	private final ReportJson json = new ReportJson();

	JobsApi(JobRuns runs, JobTickets tickets, ApiScopes scopes) {
		this.runs = runs;
		this.tickets = tickets;
		this.scopes = scopes;
	}

	@Operation(summary = "Starts a job run by hand",
			description = "Every parameter is checked against the job's own declaration first (400 naming it). 202 "
					+ "with Location to poll; with wait=true the run's outcome.")
	@ApiResponse(responseCode = "202", description = "started: poll the Location")
	@PostMapping(path = "/admin/jobs/{job}/run", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> run(HttpServletRequest request, @PathVariable String job,
			@Parameter(required = false, description = "the run's parameters as name=value, as the job declares them "
					+ "(GET /admin/jobs lists them); wait=true answers with the outcome")
			@RequestParam Map<String, String> query) {
		ApiCaller caller = jobRunner(request);
		if (!this.runs.jobNames().contains(job)) {
			throw ApiProblem.notFound("No job '" + job + "' (expected one of " + String.join(", ", this.runs.jobNames()) + ")");
		}
		Map<String, String> parameters = new TreeMap<>(query);
		boolean wait = "true".equalsIgnoreCase(parameters.remove("wait"));
		if (parameters.containsKey("fired")) {
			throw ApiProblem.badParameter("fired", "fired is set by the scheduler, not by a manual run");
		}
		// A superadmin may name a schedule: its recipients get the report (deliver=email), as on the command line.
		if (parameters.containsKey("schedule") && caller.role() != Role.SUPERADMIN) {
			throw ApiProblem.forbidden("only a superadmin runs a job on behalf of a schedule");
		}
		String client = parameters.get("client");
		if (caller.role() != Role.SUPERADMIN) {
			if (!this.runs.takesClient(job)) {
				throw ApiProblem.forbidden(job + " runs for every client: only a superadmin may start it");
			}
			if (client == null) {
				List<String> own = caller.adminClients();
				if (own.size() != 1) {
					throw ApiProblem.badParameter("client", "client is required: " + caller.name()
							+ " may run " + job + " only for one of their clients");
				}
				client = own.get(0);
			}
		}
		if (client != null) {
			if (!this.runs.takesClient(job)) {
				throw ApiProblem.badParameter("client", job + " does not run for one client");
			}
			ReportScope scope = this.scopes.scope(caller, client);
			if (caller.role() != Role.SUPERADMIN
					&& caller.adminClients().stream().noneMatch(scope.client()::isNamedBy)) {
				throw ApiProblem.forbidden(caller.name() + " reads " + scope.client().name()
						+ " as a subscriber: only its admins run jobs for it");
			}
			parameters.put("client", scope.client().id().toString());
		}
		try {
			this.runs.validate(job, parameters);
		}
		catch (JobRunException ex) {
			throw ApiProblem.badParameter((ex instanceof JobParameterRules.InvalidParameterException
					invalid) ? invalid.parameter() : null, ex.getMessage());
		}
		if (wait) {
			try {
				return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
					.body(this.json.compact(outcome(this.runs.run(job, parameters, false))));
			}
			catch (JobRunException ex) {
				throw new ApiProblem(HttpStatus.CONFLICT, null, ex.getMessage());
			}
		}
		JobTickets.Ticket ticket = this.tickets.start(job, parameters, caller.name());
		String location = "/admin/jobs/runs/" + ticket.id();
		return ResponseEntity.accepted().location(URI.create(location)).contentType(MediaType.APPLICATION_JSON)
			.body(this.json.compact(ticket(ticket, location)));
	}

	@Operation(summary = "The jobs and the parameters each takes",
			description = "Each job's own declaration, the one its runs are checked against: name, what the value must "
					+ "be, whether a schedule's file may set it, and what it does.")
	@GetMapping(path = "/admin/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> jobs(HttpServletRequest request) {
		ApiCaller caller = jobRunner(request);
		List<Map<String, Object>> jobs = new ArrayList<>();
		for (JobDeclaration declaration : this.runs.declarations()) {
			List<Map<String, Object>> parameters = new ArrayList<>();
			for (JobDeclaration.Parameter parameter : declaration.parameters()) {
				Map<String, Object> described = new LinkedHashMap<>();
				described.put("name", parameter.name());
				described.put("expected", parameter.rule().expected());
				described.put("scheduled", parameter.scheduled());
				described.put("description", parameter.description());
				parameters.add(described);
			}
			jobs.add(Map.of("job", declaration.job(), "parameters", parameters));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.json.compact(jobs));
	}

	/** The caller, refused when a subscriber: subscribers read reports, they neither run nor list jobs. */
	private static ApiCaller jobRunner(HttpServletRequest request) {
		ApiCaller caller = ApiScopes.caller(request);
		if (!caller.mayRunJobs()) {
			throw ApiProblem.forbidden(caller.name() + " is a subscriber: subscribers read reports, they do not run jobs");
		}
		return caller;
	}

	@Operation(summary = "How a run started over HTTP goes (RUNNING until it ends)")
	@GetMapping(path = "/admin/jobs/runs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> status(HttpServletRequest request, @PathVariable UUID id) {
		ApiCaller caller = ApiScopes.caller(request);
		JobTickets.Ticket ticket = this.tickets.find(id)
			.filter((t) -> caller.role() == Role.SUPERADMIN || t.startedBy().equals(caller.name()))
			.orElseThrow(() -> ApiProblem.notFound("No run " + id + " started by " + caller.name() + " on this node"));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.body(this.json.compact(ticket(ticket, "/admin/jobs/runs/" + id)));
	}

	private static Map<String, Object> ticket(JobTickets.Ticket ticket, String location) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", ticket.id());
		body.put("job", ticket.job());
		body.put("parameters", ticket.parameters());
		body.put("started_by", ticket.startedBy());
		body.put("started_at", ticket.startedAt());
		body.put("status_url", location);
		if (!ticket.outcome().isDone()) {
			body.put("status", "RUNNING");
			return body;
		}
		try {
			body.putAll(outcome(ticket.outcome().join()));
		}
		catch (CompletionException ex) {
			body.put("status", "NOT_STARTED");
			body.put("failure", NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
		}
		return body;
	}

	private static Map<String, Object> outcome(RunOutcome outcome) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("job", outcome.job());
		body.put("execution_id", outcome.executionId());
		body.put("status", outcome.status());
		body.put("restarted", outcome.restarted());
		body.put("duration_ms", outcome.duration().toMillis());
		body.put("failure", outcome.failure());
		body.put("steps", outcome.steps());
		return body;
	}

}
