package com.sidekickforge.monitor.run;

/** A job cannot be run as asked: unknown job or parameter, or a run of it is still going on. */
public class JobRunException extends RuntimeException {

	public JobRunException(String message) {
		super(message);
	}

}
