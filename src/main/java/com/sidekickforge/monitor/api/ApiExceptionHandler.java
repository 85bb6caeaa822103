package com.sidekickforge.monitor.api;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every refusal of the API as a problem document; unexpected failures logged, not shown in detail. */
@RestControllerAdvice
@ConditionalOnWebApplication
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<String> problem(ApiProblem problem, HttpServletRequest request) {
		return Problems.entity(problem.status(), problem.getMessage(), problem.parameter(), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<String> mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		String expected = (ex.getRequiredType() == null) ? "another value" : switch (ex.getRequiredType().getSimpleName()) {
			case "Integer", "int" -> "a whole number";
			case "LocalDate" -> "a day (YYYY-MM-DD)";
			case "UUID" -> "a uuid";
			default -> "a " + ex.getRequiredType().getSimpleName();
		};
		return Problems.entity(HttpStatus.BAD_REQUEST, ex.getName() + ": '" + ex.getValue() + "' is not " + expected,
				ex.getName(), request);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<String> missing(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return Problems.entity(HttpStatus.BAD_REQUEST, ex.getParameterName() + " is required", ex.getParameterName(),
				request);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<String> notFound(NoResourceFoundException ex, HttpServletRequest request) {
		return Problems.entity(HttpStatus.NOT_FOUND, "No such endpoint: " + request.getRequestURI(), null, request);
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<String> failed(RuntimeException ex, HttpServletRequest request) {
		log.error("{} {} failed: {}", request.getMethod(), request.getRequestURI(), ex.getMessage(), ex);
		return Problems.entity(HttpStatus.INTERNAL_SERVER_ERROR,
				"The request failed on the server; the log of this node says why.", null, request);
	}

}
