package com.sidekickforge.monitor.launch;

/** The command was called wrongly or the configuration is wrong: exit code 2, with this message. */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}

}
