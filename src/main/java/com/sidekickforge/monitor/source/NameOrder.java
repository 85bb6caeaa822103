package com.sidekickforge.monitor.source;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order in which people read names: by letters, accents and case second (Ñandú among the N, Ørsted and Łódź
 * among the O and the L, not after Z as a database's binary order puts them), leading quotes and punctuation
 * ignored ("Best" Realty among the B). Every list of clients or sidekicks a person reads is sorted so.
 */
public final class NameOrder {

	/** Letters Java's collation gives no base letter of their own, placed beside the one they are read as. */
	private static final String TAILORING = "& O , Ø & o , ø & L , Ł & l , ł & D , Đ & d , đ & AE , Æ & ae , æ"
			+ " & OE , Œ & oe , œ & ss , ß";

	private static final Comparator<String> NAMES = collator();

	private NameOrder() {
	}

	/** Names in reading order; null last. */
	public static Comparator<String> names() {
		return Comparator.nullsLast(NAMES);
	}

	private static Comparator<String> collator() {
		try {
			RuleBasedCollator english = (RuleBasedCollator) Collator.getInstance(Locale.ENGLISH);
			RuleBasedCollator tailored = new RuleBasedCollator(english.getRules() + TAILORING);
			tailored.setStrength(Collator.TERTIARY);
			// RuleBasedCollator compares under its own lock: one instance serves every thread.
			return Comparator.comparing((String name) -> name.replaceFirst("^[^\\p{L}\\p{N}]+", ""), tailored)
				.thenComparing(Comparator.naturalOrder());
		}
		catch (ParseException ex) {
			throw new IllegalStateException("The name order's rules do not parse", ex);
		}
	}

}
