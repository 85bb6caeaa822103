package com.sidekickforge.monitor.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.sidekickforge.monitor.report.LiveReports;
import com.sidekickforge.monitor.report.model.PeriodKind;
import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.model.ReportScope;
import com.sidekickforge.monitor.security.ApiCaller;
import com.sidekickforge.monitor.security.ContentSecurityPolicy;
import com.sidekickforge.monitor.security.SignIn;
import com.sidekickforge.monitor.templates.TemplateRenderer;

/**
 * The live dashboard: the snapshot's template with the data of now, whose usage cards, sidekick grid, activity
 * feed and health panel load after the page (skeletons until then) and refresh themselves from their partials
 * through htmx, served from the jar. A browser signs in once on the login page, which begins a session.
 */
@RestController
@ConditionalOnWebApplication
class DashboardPages {

	static final Set<String> SECTIONS = Set.of("usage-cards", "sidekick-grid", "activity-feed", "health-panel");

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private final ApiScopes scopes;

	private final LiveReports reports;

	private final SignIn signIn;

	private final TemplateRenderer templates;

	private final String htmxPath;

	DashboardPages(ApiScopes scopes, LiveReports reports, SignIn signIn, TemplateRenderer templates) {
		this.scopes = scopes;
		this.reports = reports;
		this.signIn = signIn;
		this.templates = templates;
		this.htmxPath = "/webjars/htmx.org/" + webjarVersion("org.webjars.npm", "htmx.org") + "/dist/htmx.min.js";
	}

	@Operation(summary = "The live dashboard (HTML) of the caller's scope")
	@GetMapping("/admin/monitoring")
	ResponseEntity<String> dashboard(HttpServletRequest request,
			@RequestParam(name = "client_id", required = false) String client,
			@RequestParam(required = false) String period, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		View view = view(request, client, period, from, to, true);
		ByteArrayOutputStream page = new ByteArrayOutputStream();
		this.reports.dashboard(view.scope(), view.period(), view.page(), page);
		return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore())
			.body(page.toString(StandardCharsets.UTF_8));
	}

	@Operation(summary = "One section of the live dashboard (HTML), as it refreshes itself")
	@GetMapping("/admin/partials/monitoring/{section}")
	ResponseEntity<String> section(HttpServletRequest request, @PathVariable String section,
			@RequestParam(name = "client_id", required = false) String client,
			@RequestParam(required = false) String period, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		if (!SECTIONS.contains(section)) {
			throw ApiProblem.notFound("No section '" + section + "' (expected one of "
					+ SECTIONS.stream().sorted().collect(Collectors.joining(", ")) + ")");
		}
		View view = view(request, client, period, from, to, false);
		return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore())
			.body(this.reports.section(section, view.scope(), view.period(), view.page()));
	}

	@Operation(summary = "The login page of a browser", security = {})
	@GetMapping("/admin/login")
	ResponseEntity<String> login(@RequestParam(required = false) String next, CsrfToken csrf) {
		return ResponseEntity.ok().contentType(HTML).body(loginPage("Sign in with your Sidekick Forge or API token.",
				next, csrf));
	}

	/**
	 * Checks the token (from the form body only: a token in the address would stay in logs and histories) and begins
	 * a session whose id, never the token, is kept in an HttpOnly cookie.
	 */
	@Operation(summary = "A browser's sign-in: the token and the page's CSRF token, as a form", security = {})
	@PostMapping(path = "/admin/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> signIn(HttpServletRequest request, HttpServletResponse response,
			@RequestParam(required = false) String token, @RequestParam(required = false) String next) {
		if (request.getQueryString() != null && request.getQueryString().contains("token=")) {
			throw ApiProblem.badParameter("token", "token goes in the form body, never in the address");
		}
		if (token == null || token.isBlank() || !this.signIn.signIn(token.trim(), request, response)) {
			CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(HTML)
				.body(loginPage("That token does not sign in here.", next, csrf));
		}
		// Only back into the admin: a sign-in must not be a redirect to anywhere.
		String target = (next != null && next.startsWith("/admin/") && !next.startsWith("//")) ? next : "/admin/monitoring";
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, target).build();
	}

	private String loginPage(String message, String next, CsrfToken csrf) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("message", message);
		model.put("next", (next != null) ? next : "");
		model.put("csrfParameter", (csrf != null) ? csrf.getParameterName() : "_csrf");
		model.put("csrfToken", (csrf != null) ? csrf.getToken() : "");
		return this.templates.html("dashboard/login", model);
	}

	private record View(ReportScope scope, ReportPeriod period, LiveReports.Page page) {
	}

	/**
	 * @param selectors whether the client selector's choices are needed: only the whole page shows the selectors,
	 * not the sections that refresh themselves every few seconds
	 */
	private View view(HttpServletRequest request, String client, String period, String from, String to,
			boolean selectors) {
		ApiCaller caller = ApiScopes.caller(request);
		ReportScope scope = this.scopes.scope(caller, client);
		ReportPeriod chosen = this.scopes.period(period, from, to, "current");
		Map<String, String> query = new LinkedHashMap<>();
		query.put("period", chosen.name());
		if (chosen.kind() == PeriodKind.CUSTOM) {
			query.put("from", chosen.first().toString());
			query.put("to", chosen.last().toString());
		}
		if (client != null && !client.isBlank()) {
			query.put("client_id", scope.client().id().toString());
		}
		String text = query.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		var page = new LiveReports.Page("/admin/partials/monitoring/", text, this.htmxPath,
				selectors ? this.scopes.clients(caller) : List.of(),
				(scope.client() != null && client != null && !client.isBlank()) ? scope.client().id() : null,
				(String) request.getAttribute(ContentSecurityPolicy.NONCE));
		return new View(scope, chosen, page);
	}

	/** The version of a webjar on the class path, so that the page names the file the jar really has. */
	static String webjarVersion(String group, String artifact) {
		String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
		try (InputStream in = DashboardPages.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The webjar " + group + ":" + artifact + " is not on the class path");
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
