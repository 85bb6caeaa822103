package com.sidekickforge.monitor.security;

import java.util.List;
import java.util.Objects;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A caller known by their token: the principal is the {@link ApiCaller}; the token itself is not kept. A person
 * signed in with Sidekick Forge keeps their {@link PlatformUser}, so that a browser session finds their role and
 * clients as they are now, not as they were at sign-in.
 */
final class CallerAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final ApiCaller caller;

	private final PlatformUser person;

	CallerAuthentication(ApiCaller caller, PlatformUser person) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
		this.caller = caller;
		this.person = person;
		setAuthenticated(true);
	}

	@Override
	public ApiCaller getPrincipal() {
		return this.caller;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public String getName() {
		return this.caller.name();
	}

	/** The person, when it is one (null for a service account). */
	PlatformUser person() {
		return this.person;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof CallerAuthentication that) && that.caller.equals(this.caller)
				&& Objects.equals(that.person, this.person);
	}

	@Override
	public int hashCode() {
		return this.caller.hashCode();
	}

}
