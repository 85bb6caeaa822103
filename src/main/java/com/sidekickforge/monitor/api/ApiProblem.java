package com.sidekickforge.monitor.api;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, answered as an RFC 9457 problem.
 *
 * @param parameter the query parameter at fault, if one is
 */
class ApiProblem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final HttpStatus status;

	private final String parameter;

	ApiProblem(HttpStatus status, String parameter, String detail) {
		super(detail);
		this.status = status;
		this.parameter = parameter;
	}

	static ApiProblem badParameter(String parameter, String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, parameter, detail);
	}

	static ApiProblem forbidden(String detail) {
		return new ApiProblem(HttpStatus.FORBIDDEN, null, detail);
	}

	static ApiProblem notFound(String detail) {
		return new ApiProblem(HttpStatus.NOT_FOUND, null, detail);
	}

	HttpStatus status() {
		return this.status;
	}

	String parameter() {
		return this.parameter;
	}

}
