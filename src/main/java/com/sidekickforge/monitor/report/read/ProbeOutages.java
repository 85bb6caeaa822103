package com.sidekickforge.monitor.report.read;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The health check's failed probes as timeline errors: one event per outage of a probed thing (its consecutive
 * down samples, however many checks saw it down), newest first, so a server down all day is one line, not 288.
 */
final class ProbeOutages {

	/** Down samples further apart than this belong to two outages (the check runs every 5 minutes). */
	private static final Duration SAME_OUTAGE = Duration.ofMinutes(20);

	private final JdbcClient store;

	ProbeOutages(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	List<TimelineReader.Entry> read(Instant from, Instant to) {
		List<TimelineReader.Entry> outages = new ArrayList<>();
		Outage[] current = { null };
		this.store.sql("""
				SELECT kind, target, client_id, reason, checked_at FROM monitor.health_sample
				WHERE status = 'down' AND checked_at >= :from AND checked_at < :to
				ORDER BY target, checked_at
				""")
			.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.query((rs) -> {
				String target = rs.getString(2);
				UUID client = rs.getObject(3, UUID.class);
				Instant at = rs.getObject(5, OffsetDateTime.class).toInstant();
				Outage outage = current[0];
				if (outage != null && outage.target.equals(target) && Objects.equals(outage.client, client)
						&& !at.isAfter(outage.last.plus(SAME_OUTAGE))) {
					outage.last = at;
					outage.checks++;
					return;
				}
				if (outage != null) {
					outages.add(outage.entry());
				}
				current[0] = new Outage(rs.getString(1), target, client, rs.getString(4), at);
			});
		if (current[0] != null) {
			outages.add(current[0].entry());
		}
		outages.sort(TimelineReader.NEWEST_FIRST);
		return outages;
	}

	/** Consecutive down samples of one probed thing. */
	private static final class Outage {

		final String kind;

		final String target;

		final UUID client;

		final String reason;

		final Instant first;

		Instant last;

		int checks = 1;

		Outage(String kind, String target, UUID client, String reason, Instant first) {
			this.kind = kind;
			this.target = target;
			this.client = client;
			this.reason = reason;
			this.first = first;
			this.last = first;
		}

		TimelineReader.Entry entry() {
			EventFacts metadata = EventFacts.builder()
				.put("source", "health_check")
				.put("probe", this.kind)
				.put("target", this.target)
				.put("error", this.reason)
				.put("checks", this.checks)
				.put("last_seen_down", this.last.toString())
				.build();
			String description = this.target + " down" + ((this.reason != null) ? ": " + this.reason : "")
					+ ((this.checks > 1) ? " (" + this.checks + " checks)" : "");
			return new TimelineReader.Entry("probe-" + UUID.nameUUIDFromBytes((this.target + "|" + this.first)
				.getBytes(StandardCharsets.UTF_8)), "error", this.first, this.client, null, description,
					metadata);
		}

	}

}
