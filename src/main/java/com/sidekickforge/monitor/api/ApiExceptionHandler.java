package com.sidekickforge.monitor.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

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
				+ com.sidekickforge.monitor.run.JobParameterRules.quoted(String.valueOf(ex.getValue())) + " is not " + expected,
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
	@ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
	void notAcceptable(org.springframework.web.HttpMediaTypeNotAcceptableException ex, HttpServletRequest request,
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
