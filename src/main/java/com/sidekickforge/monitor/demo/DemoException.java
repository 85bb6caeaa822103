package com.sidekickforge.monitor.demo;

/** The demo cannot run as asked (a setting points it at a database it must not fill, say). */
public class DemoException extends RuntimeException {

	public DemoException(String message) {
		super(message);
	}

}
