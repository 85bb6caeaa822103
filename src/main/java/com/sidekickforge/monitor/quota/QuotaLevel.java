package com.sidekickforge.monitor.quota;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How full a quota is: green below 60 %, yellow from 60 % to 80 % inclusive, red above 80 %. */
public enum QuotaLevel {

	GREEN, YELLOW, RED;

	/** The level of a used amount against a limit; an unlimited quota is always green. */
	static QuotaLevel of(long used, long limit) {
		if (limit <= 0) {
			return GREEN;
		}
		// Exact integer comparisons: 80 % is yellow, 80.01 % red, whatever the floating point says.
		if (used * 100 > 80 * limit) {
			return RED;
		}
		return (used * 100 >= 60 * limit) ? YELLOW : GREEN;
	}

	/** As every output writes it (JSON, pages, CSS classes): {@code green}, {@code yellow}, {@code red}. */
	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return key();
	}

}
