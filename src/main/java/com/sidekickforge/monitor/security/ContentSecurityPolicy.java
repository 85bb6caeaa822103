package com.sidekickforge.monitor.security;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Content-Security-Policy of every answer: only this server, no frame around it, no plugin, and scripts only
 * from this server or inline with the answer's own nonce (the live dashboard's script carries it). Styles may be
 * inline: the dashboard's bars and heatmap set their sizes and shades in {@code style} attributes. Spring Security
 * writes the other headers; its own CSP writer has no per-answer nonce.
 */
public class ContentSecurityPolicy extends OncePerRequestFilter {

	/** The request attribute holding this answer's script nonce. */
	public static final String NONCE = ContentSecurityPolicy.class.getName() + ".nonce";

	private final SecureRandom random = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] bytes = new byte[18];
		this.random.nextBytes(bytes);
		String nonce = Base64.getEncoder().encodeToString(bytes);
		request.setAttribute(NONCE, nonce);
		response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-" + nonce
				+ "'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
				+ "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
		chain.doFilter(request, response);
	}

}
