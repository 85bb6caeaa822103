package com.sidekickforge.monitor.report.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.sidekickforge.monitor.source.DayRange;
import com.sidekickforge.monitor.source.StreamingQuery;

/**
 * Counts the platform's {@code activity_log} rows per client and local day, and the failed ones among them:
 * the error rate the health panel shows and trends.
 */
final class ActionReader {

	private final DataSource platform;

	ActionReader(DataSource platform) {
		this.platform = platform;
	}

	void read(LocalDate first, LocalDate last, ZoneId zone, Map<UUID, ClientActivity> clients) {
		DayRange range = new DayRange(first, last, zone);
		String day = range.daySql("created_at");
		Canonical canonical = new Canonical();
		Map<String, Object> parameters = Map.of("from", OffsetDateTime.ofInstant(range.start(), ZoneOffset.UTC), "to",
				OffsetDateTime.ofInstant(range.end(), ZoneOffset.UTC));
		StreamingQuery.run(this.platform, (jdbc) -> new NamedParameterJdbcTemplate(jdbc).query("""
				SELECT client_id, %1$s, COUNT(*), SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) FROM activity_log
				WHERE created_at >= :from AND created_at < :to AND client_id IS NOT NULL
				GROUP BY client_id, %1$s""".formatted(day), parameters, (RowCallbackHandler) (rs) -> {
					clients.computeIfAbsent(rs.getObject(1, UUID.class), (id) -> new ClientActivity()).actions
						.add(new ClientActivity.ActionDay(canonical.of(DayRange.day(rs.getInt(2))), rs.getLong(3),
							rs.getLong(4)));
				}));
	}

}
