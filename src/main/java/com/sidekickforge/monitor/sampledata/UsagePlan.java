package com.sidekickforge.monitor.sampledata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * How much a client uses in a month: its profile's share of the tier's limit by the as-of day, smaller in
 * earlier months by its growth rate, with a little month-to-month noise. A month the client joined in
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
		double factor = spec.volumeScale() * Math.pow(client.monthlyGrowth(), -monthsBefore)
				* ((monthsBefore == 0) ? 1.0 : noise);
		// A month the client joined in, or a month cut short by the history start, gets only its days' share.
		LocalDate planStart = month.atDay(1);
		LocalDate planEnd = (monthsBefore == 0) ? spec.asOf() : month.atEndOfMonth();
		factor *= weightBetween(from, to) / weightBetween(planStart, planEnd);
		// Knowledge bases are mostly built in bursts; past months upload far less than the current plan.
		double chunkFactor = (monthsBefore == 0) ? factor : factor * 0.3;
		return new UsagePlan(client.voiceUse() * quota.voiceReference() * factor,
				client.textUse() * quota.textReference() * factor,
				client.chunkUse() * quota.chunkReference() * chunkFactor);
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
