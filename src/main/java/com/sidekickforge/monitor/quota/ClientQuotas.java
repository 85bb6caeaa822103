package com.sidekickforge.monitor.quota;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.sidekickforge.monitor.config.ClientSlug;

/**
 * A client's three quotas for one billing period, with what alerts need to know about the client.
 *
 * @param ownerEmail the client's {@code owner_email}; may be null or blank
 */
public record ClientQuotas(UUID clientId, String clientName, String tier, String ownerEmail, LocalDate periodStart,
		List<Quota> quotas) {

	public String slug() {
		return ClientSlug.of(this.clientName);
	}

	public Quota quota(QuotaMetric metric) {
		return this.quotas.stream().filter((q) -> q.metric() == metric).findFirst().orElseThrow();
	}

}
