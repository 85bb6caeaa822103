package com.sidekickforge.monitor.quota;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The sentences of a warning ahead of the thresholds, in one place: the timeline's title, the mail's subject and
 * the alerts list of the dashboard and the PDF say the same words about the same figures.
 */
public final class EarlyWarningWording {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	private EarlyWarningWording() {
	}

	/**
	 * "runs out around Fri 9 Oct at the recent pace (68.1 % used)": what a projection says after its quota's name.
	 */
	public static String projection(LocalDate reachedOn, double percent) {
		return "runs out around " + DAY.format(reachedOn) + " at the recent pace (" + Quota.percentText(percent)
				+ " used)";
	}

	/** "Voice quota runs out around Fri 9 Oct at the recent pace (68.1 % used)". */
	public static String projectionTitle(QuotaMetric metric, LocalDate reachedOn, double percent) {
		return metric.title() + " quota " + projection(reachedOn, percent);
	}

	/** "unusual day for Sales bot: 84 messages on Sat 3 Oct (usually 24-52)"; amounts in the metric's base unit. */
	public static String unusualDay(QuotaMetric metric, String sidekick, LocalDate day, long amount, long usualLow,
			long usualHigh) {
		return String.format(Locale.ROOT, "unusual day for %s: %s on %s (usually %s-%s)", sidekick,
				metric.withUnit(amount), DAY.format(day), metric.format(usualLow), metric.format(usualHigh));
	}

	/** "Unusual day for Sales bot: 84 messages on Sat 3 Oct (usually 24-52)". */
	public static String unusualDayTitle(QuotaMetric metric, String sidekick, LocalDate day, long amount,
			long usualLow, long usualHigh) {
		String sentence = unusualDay(metric, sidekick, day, amount, usualLow, usualHigh);
		return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
	}

}
