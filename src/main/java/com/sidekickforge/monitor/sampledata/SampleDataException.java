package com.sidekickforge.monitor.sampledata;

/** Generating sample data failed: the database refused a row, or could not be reached. */
class SampleDataException extends RuntimeException {

	public SampleDataException(String message, Throwable cause) {
		super(message, cause);
	}

}
