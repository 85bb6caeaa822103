package com.sidekickforge.monitor.api;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.sidekickforge.monitor.run.JobParameterRules;
import com.sidekickforge.monitor.security.ApiCaller;
import com.sidekickforge.monitor.security.TooManyRequestsException;

/**
 * Every refusal of the API as a problem document, written as it is whatever the caller accepts (a browser asking
 * for HTML gets the problem, not an error page); unexpected failures logged, not shown in detail.
 */
@RestControllerAdvice
@ConditionalOnWebApplication
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(ApiProblem.class)
	void problem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Problems.write(response, problem.status(), problem.getMessage(), problem.parameter(), request);
	}

	/**
	 * No caller, or a token that signs nobody in: 401 with {@code WWW-Authenticate} for a program; a person's browser
	 * asking for a page is sent to the login page instead.
	 */
	@ExceptionHandler(AuthenticationException.class)
	void unauthenticated(AuthenticationException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		boolean tokenSent = ex instanceof InvalidBearerTokenException
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null;
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (!tokenSent && "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")) {
			String next = request.getRequestURI() + ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION, "/admin/login?next="
					+ URLEncoder.encode(next, StandardCharsets.UTF_8));
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				"Bearer realm=\"forge-monitor\"" + (tokenSent ? ", error=\"invalid_token\"" : ""));
		Problems.write(response, HttpStatus.UNAUTHORIZED, tokenSent ? ex.getMessage()
				: "A bearer token is needed (Authorization: Bearer <token>), or a browser signs in at /admin/login", request);
	}

	/** Signed in, but not allowed: the path, the client or (for a browser) a missing CSRF token. */
	@ExceptionHandler(AccessDeniedException.class)
	void denied(AccessDeniedException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		String detail = (ex instanceof CsrfException)
				? "A browser changes something only with the page's CSRF token; programs send a bearer token"
				: forbidden(request);
		Problems.write(response, HttpStatus.FORBIDDEN, detail, request);
	}

	/** A path Spring Security's firewall refuses: encoded slashes or dots, {@code ;} decorations, and the like. */
	@ExceptionHandler(RequestRejectedException.class)
	void rejected(RequestRejectedException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Problems.write(response, HttpStatus.BAD_REQUEST,
				"The request's path is not taken as it is written: send it without encoded or ;-decorated parts", request);
	}

	@ExceptionHandler(TooManyRequestsException.class)
	void tooMany(TooManyRequestsException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		Problems.write(response, HttpStatus.TOO_MANY_REQUESTS,
				ex.getMessage() + "; try again in " + ex.retryAfterSeconds() + " s", request);
	}

	private static String forbidden(HttpServletRequest request) {
		var authentication = SecurityContextHolder.getContext()
			.getAuthentication();
		if (authentication != null
				&& authentication.getPrincipal() instanceof ApiCaller caller) {
			return caller.seesAnything() ? caller.name() + " may not use " + request.getRequestURI() + " (a superadmin's)"
					: "No client of Sidekick Forge is assigned to " + caller.name() + " (no active membership)";
		}
		return "Not allowed";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String expected = (ex.getRequiredType() == null) ? "another value" : switch (ex.getRequiredType().getSimpleName()) {
			case "Integer", "int" -> "a whole number";
			case "LocalDate" -> "a day (YYYY-MM-DD)";
			case "UUID" -> "a uuid";
			default -> "a " + ex.getRequiredType().getSimpleName();
		};
		Problems.write(response, HttpStatus.BAD_REQUEST, ex.getName() + ": "
				+ JobParameterRules.quoted(String.valueOf(ex.getValue())) + " is not " + expected,
				ex.getName(), request);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	void missing(MissingServletRequestParameterException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Problems.write(response, HttpStatus.BAD_REQUEST, ex.getParameterName() + " is required", ex.getParameterName(),
				request);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	void notFound(NoResourceFoundException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Problems.write(response, HttpStatus.NOT_FOUND, "No such endpoint", null, request);
	}

	/**
	 * Asked for a representation an endpoint does not give (a browser's {@code Accept: text/html} on a JSON
	 * endpoint): the problem anyway, written as it is, not a 406 page.
	 */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	void notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Problems.write(response, HttpStatus.NOT_ACCEPTABLE,
				"This endpoint answers " + ex.getSupportedMediaTypes() + " only, as JSON problems when it refuses", null,
				request);
	}

	@ExceptionHandler(RuntimeException.class)
	void failed(RuntimeException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		log.error("{} {} failed: {}", request.getMethod(), request.getRequestURI(), ex.getMessage(), ex);
		Problems.write(response, HttpStatus.INTERNAL_SERVER_ERROR,
				"The request failed on the server; the log of this node says why.", null, request);
	}

}
