package com.sidekickforge.monitor.config;

/**
 * One entry of {@code tenants.yml}: where a dedicated client's tenant tables live.
 *
 * @param client the client's id or slug, as written
 */
public record TenantDatabase(String client, String url, String username, String password) {

	@Override
	public String toString() {
		// Never print the password.
		return "TenantDatabase[client=" + this.client + ", url=" + this.url + ", username=" + this.username + "]";
	}

}
