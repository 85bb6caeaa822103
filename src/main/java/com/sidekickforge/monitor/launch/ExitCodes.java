package com.sidekickforge.monitor.launch;

/** The exit codes every command returns, as the command line's help states them. */
public final class ExitCodes {

	/** A job or check failed while running. */
	public static final int FAILED = 1;

	/** Bad usage or configuration: a wrong option, a setting that does not bind, a wrong file under config/. */
	public static final int BAD_USAGE = 2;

	private ExitCodes() {
	}

}
