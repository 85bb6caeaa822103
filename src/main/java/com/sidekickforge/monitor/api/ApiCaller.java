package com.sidekickforge.monitor.api;

import java.util.List;

import com.sidekickforge.monitor.config.Role;

/**
 * Who made a request: a user of {@code users.yml}, known by the SHA-256 of the token they sent.
 *
 * @param clients their clients (id or slug); a superadmin's are all
 * @param tokenSha256 the token's hash: what the rate limit counts by
 * @param rateLimit their requests per minute
 */
public record ApiCaller(String name, Role role, List<String> clients, String tokenSha256, int rateLimit) {

	/** Subscribers read; admins and superadmins may also run jobs (an admin for their own clients). */
	public boolean mayRunJobs() {
		return this.role != Role.SUBSCRIBER;
	}

}
