package com.sidekickforge.monitor.sampledata;

/**
 * What is left to generate so that a month reaches its planned usage: topped up every day by that day's
 * share, spent by calls, messages and documents, the remainder carried to the next day.
 */
final class DayBudget {

	double voiceSeconds;

	double textMessages;

	double chunks;

	void add(double voice, double text, double chunk) {
		this.voiceSeconds += voice;
		this.textMessages += text;
		this.chunks += chunk;
	}

}
