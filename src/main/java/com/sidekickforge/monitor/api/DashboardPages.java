package com.sidekickforge.monitor.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.sidekickforge.monitor.mail.MailTemplates;
import com.sidekickforge.monitor.report.LiveReports;
import com.sidekickforge.monitor.report.ReportPeriod;
import com.sidekickforge.monitor.report.ReportScope;

/**
 * The live dashboard: the snapshot's template with the data of now, whose usage cards, sidekick grid, activity
 * feed and health panel load after the page (skeletons until then) and refresh themselves from their partials
 * through htmx, served from the jar. A browser signs in once on the login page, which keeps the token in a cookie.
 */
@RestController
@ConditionalOnWebApplication
class DashboardPages {

	static final Set<String> SECTIONS = Set.of("usage-cards", "sidekick-grid", "activity-feed", "health-panel");

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private final ApiScopes scopes;

	private final LiveReports reports;

	private final ApiUsers users;

	private final MailTemplates templates;

	private final String htmxPath;

	DashboardPages(ApiScopes scopes, LiveReports reports, ApiUsers users, MailTemplates templates) {
		this.scopes = scopes;
		this.reports = reports;
		this.users = users;
		this.templates = templates;
		this.htmxPath = "/webjars/htmx.org/" + webjarVersion("org.webjars.npm", "htmx.org") + "/dist/htmx.min.js";
	}

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

	@GetMapping("/admin/login")
	ResponseEntity<String> login(@RequestParam(required = false) String next) {
		return ResponseEntity.ok().contentType(HTML).body(loginPage("Sign in with your API token.", next));
	}

	/** Checks the token and keeps it in a cookie only this server can read (HttpOnly), sent only from its pages. */
	@PostMapping(path = "/admin/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> signIn(HttpServletRequest request, @RequestParam(required = false) String token,
			@RequestParam(required = false) String next) {
		if (token == null || token.isBlank() || this.users.byToken(token.trim()).isEmpty()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(HTML)
				.body(loginPage("That token is not one of users.yml's.", next));
		}
		ResponseCookie cookie = ResponseCookie.from(ApiAuthentication.COOKIE, token.trim())
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.path("/")
			.maxAge(Duration.ofHours(12))
			.build();
		// Only back into the admin: a sign-in must not be a redirect to anywhere.
		String target = (next != null && next.startsWith("/admin/") && !next.startsWith("//")) ? next : "/admin/monitoring";
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.SET_COOKIE, cookie.toString())
			.header(HttpHeaders.LOCATION, target).build();
	}

	@PostMapping("/admin/logout")
	ResponseEntity<Void> signOut() {
		ResponseCookie cookie = ResponseCookie.from(ApiAuthentication.COOKIE, "").path("/").maxAge(0).build();
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.SET_COOKIE, cookie.toString())
			.header(HttpHeaders.LOCATION, "/admin/login").build();
	}

	private String loginPage(String message, String next) {
		return this.templates.html("dashboard/login", Map.of("message", message, "next", (next != null) ? next : ""));
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
		if ("custom".equals(chosen.name())) {
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
				selectors ? this.scopes.clients(caller) : java.util.List.of(),
				(scope.client() != null && client != null && !client.isBlank()) ? scope.client().id() : null);
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
