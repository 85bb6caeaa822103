package com.sidekickforge.monitor.sampledata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * How much a client uses in a month: its profile's share of the tier's limit by the as-of day, at the same
 * daily rate in earlier months less its growth, with a little month-to-month noise. A month the client joined in
 * gets only its days' share.
 *
 * @param voiceSeconds planned voice seconds for the month's active days
 * @param textMessages planned user text messages
 * @param chunks planned embedding chunks
 */
record UsagePlan(double voiceSeconds, double textMessages, double chunks) {

	static UsagePlan of(SampleDataSpec spec, ClientProfile client, YearMonth month, LocalDate from, LocalDate to) {
		if (client.quiet() || to.isBefore(from)) {
			return new UsagePlan(0, 0, 0);
		}
		TierQuota quota = TierQuota.of(client.tier());
		YearMonth asOfMonth = YearMonth.from(spec.asOf());
		long monthsBefore = ChronoUnit.MONTHS.between(month, asOfMonth);
		double noise = 0.9 + new SplittableRandom(spec.seed() * 31 + client.index() * 1_000_003L + month.hashCode())
			.nextDouble() * 0.2;
		// The profile's share of the tier's limit is what the client has used by the as-of day. That sets its rate per
		// day (weighted by weekday and season), and every earlier month runs at that rate less its growth: a month
		// differs from the one before by the growth and the noise only, and the same days of two months compare as
		// a reader expects. (Early in a month the to-date days count as half the month at least: otherwise a day or
		// two would have to hold the profile's whole share.)
		double factor = spec.volumeScale() * Math.pow(client.monthlyGrowth(), -monthsBefore)
				* ((monthsBefore == 0) ? 1.0 : noise);
		LocalDate asOfMonthStart = asOfMonth.atDay(1);
		double toDate = Math.max(weightBetween(asOfMonthStart, spec.asOf()),
				weightBetween(asOfMonthStart, asOfMonth.atEndOfMonth()) / 2);
		factor *= weightBetween(from, to) / toDate;
		// Every metric follows the same growth model: a month differs from the one before by the client's growth and
		// the noise, never by a jump of the generator's making (a report would show it as a surge that never was).
		return new UsagePlan(client.voiceUse() * quota.voiceReference() * factor,
				client.textUse() * quota.textReference() * factor,
				client.chunkUse() * quota.chunkReference() * factor);
	}

	static double weightBetween(LocalDate from, LocalDate to) {
		double sum = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			sum += ActivityCalendar.dayWeight(day);
		}
		return sum;
	}

	/** Transcript rows this plan will roughly produce: two per typed message, two per 25 s voice turn. */
	double transcriptRows() {
		return this.textMessages * 2.1 + this.voiceSeconds / 25 * 2;
	}

}
