package com.sidekickforge.monitor.report.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an export writes; the file names are contracts (DESIGN.md section 5). */
public enum ExportFormat {

	CSV, PDF, HTML, JSON, CONVERSATIONS;

	public static ExportFormat of(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("format must be one of " + names() + " (got '" + text + "')");
		}
	}

	public static String names() {
		return Arrays.stream(values()).map(ExportFormat::key).collect(Collectors.joining(", "));
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The file's name for a period: {@code usage-current.csv}, {@code summary-7d.pdf}, ... */
	public String fileName(String period) {
		return switch (this) {
			case CSV -> "usage-" + period + ".csv";
			case PDF -> "summary-" + period + ".pdf";
			case JSON -> "monitoring-" + period + ".json";
			case CONVERSATIONS -> "conversations-" + period + ".json";
			case HTML -> "index.html";
		};
	}

}
