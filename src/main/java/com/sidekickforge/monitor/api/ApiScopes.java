package com.sidekickforge.monitor.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.PlatformDatabase;
import com.sidekickforge.monitor.report.LiveReports;
import com.sidekickforge.monitor.report.ReportScopes;
import com.sidekickforge.monitor.report.model.ReportPeriod;
import com.sidekickforge.monitor.report.model.ReportScope;
import com.sidekickforge.monitor.run.JobParameterRules;
import com.sidekickforge.monitor.security.ApiCaller;
import com.sidekickforge.monitor.source.ClientIdentity;
import com.sidekickforge.monitor.source.NameOrder;
import com.sidekickforge.monitor.source.PlatformClients;

/** The caller, their scope narrowed by {@code client_id}, and the period of a request: or the problem with them. */
@Component
@ConditionalOnWebApplication
class ApiScopes {

	private final ReportScopes scopes;

	private final LiveReports reports;

	private final DataSource platform;

	ApiScopes(ReportScopes scopes, LiveReports reports,
			@PlatformDatabase DataSource platform) {
		this.scopes = scopes;
		this.reports = reports;
		this.platform = platform;
	}

	/** Every client the caller may see, by name. */
	List<ClientIdentity> clients(ApiCaller caller) {
		ReportScope all = scope(caller, null);
		return new PlatformClients(this.platform).all()
			.stream()
			.filter((c) -> all.includes(c.id()))
			.sorted(Comparator.comparing(ClientIdentity::name,
					NameOrder.names()))
			.toList();
	}

	/** Who is calling, as Spring Security signed them in. */
	static ApiCaller caller(HttpServletRequest request) {
		var authentication = SecurityContextHolder.getContext()
			.getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof ApiCaller caller)) {
			throw new IllegalStateException("No caller: " + request.getRequestURI() + " was reached without signing in");
		}
		return caller;
	}

	/**
	 * @param client a client id or slug, or null for all the caller's clients
	 * @throws ApiProblem 403 when the client is not the caller's (or, for all but a superadmin, does not exist), 400
	 * when a superadmin names a client that does not exist
	 */
	ReportScope scope(ApiCaller caller, String client) {
		String wanted = (client == null || client.isBlank()) ? null : client.trim();
		try {
			return this.scopes.resolve(caller.role(), caller.clients(), caller.name(), wanted);
		}
		catch (ReportScopes.OutsideScope ex) {
			throw ApiProblem.forbidden(caller.name() + " may not see client " + wanted);
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.badParameter("client_id", "client_id: no client '" + wanted + "' (expected a client id or slug)");
		}
	}

	/** The period of {@code period}, {@code from} and {@code to}; {@code fallback} when none is given. */
	ReportPeriod period(String period, String from, String to, String fallback) {
		LocalDate first = day("from", from);
		LocalDate last = day("to", to);
		String name = (period == null || period.isBlank()) ? ((first != null || last != null) ? "custom" : fallback)
				: period.trim();
		try {
			return this.reports.period(name, first, last);
		}
		catch (IllegalArgumentException ex) {
			String message = ex.getMessage().replace("--from", "from").replace("--to", "to");
			throw ApiProblem.badParameter("period", message);
		}
	}

	private static LocalDate day(String parameter, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate day;
		try {
			day = LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			day = null;
		}
		if (day == null || day.getYear() < 1970 || day.getYear() > 9999) {
			throw ApiProblem.badParameter(parameter, parameter + ": "
					+ JobParameterRules.quoted(text) + " is not a day from 1970 to 9999 (expected YYYY-MM-DD)");
		}
		return day;
	}

}
