package com.sidekickforge.monitor.rollup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@link BulkRows} writes with PostgreSQL's binary COPY reads back exactly as given (every column type the
 * rollup's tables use, nulls, text that CSV would have to quote, more rows than one COPY), on a real PostgreSQL;
 * a value too large for its column and a column type it does not write are refused by name.
 */
class BulkRowsTests {

	private static TestDatabase database;

	private static JdbcClient jdbc;

	@BeforeAll
	static void open() {
		database = TestDatabase.create(SourceDatabase.POSTGRESQL, "bulkrows");
		jdbc = JdbcClient.create(database.dataSource());
		jdbc.sql("""
				CREATE TABLE sums (id integer NOT NULL, client_id uuid, usage_date date, hour_of_day smallint,
				  amount bigint, channel varchar(16), note text, counted boolean, price numeric, seen_at timestamptz)
				""").update();
	}

	@AfterAll
	static void close() {
		database.close();
	}

	@BeforeEach
	void empty() {
		jdbc.sql("DELETE FROM sums").update();
	}

	@Test
	void rowsReadBackAsGivenAcrossSeveralCopies() {
		List<Object[]> given = new ArrayList<>();
		for (int i = 0; i < BulkRows.BATCH * 2 + 17; i++) {
			given.add(new Object[] { i, UUID.nameUUIDFromBytes(("client " + i).getBytes()),
					LocalDate.of(1999, 12, 30).plusDays(i), (short) (i % 24), 3_000_000_000L * ((i % 2 == 0) ? 1 : -1),
					(i % 3 == 0) ? null : "voice", "Ünïcode, \"quoted\"\nline " + i, i % 2 == 0,
					Instant.parse("1999-12-31T23:59:59.123456Z").plusSeconds(i * 3607L) });
		}
		try (BulkRows rows = new BulkRows(database.dataSource(), SourceDatabase.POSTGRESQL, "sums", "id",
				"client_id", "usage_date", "hour_of_day", "amount", "channel", "note", "counted", "seen_at")) {
			given.forEach(rows::add);
			assertThat(rows.flush()).isEqualTo(given.size());
		}
		List<Object[]> read = jdbc
			.sql("SELECT id, client_id, usage_date, hour_of_day, amount, channel, note, counted, seen_at FROM sums "
					+ "ORDER BY id")
			.query((rs, n) -> new Object[] { rs.getInt(1), rs.getObject(2, UUID.class),
					rs.getObject(3, LocalDate.class), rs.getShort(4), rs.getLong(5), rs.getString(6), rs.getString(7),
					rs.getBoolean(8), rs.getObject(9, OffsetDateTime.class).toInstant() })
			.list();
		assertThat(read).hasSameSizeAs(given);
		for (int i = 0; i < given.size(); i++) {
			assertThat(read.get(i)).as("row %d", i).containsExactly(given.get(i));
		}
	}

	@Test
	void aValueTooLargeForItsColumnIsRefusedByName() {
		BulkRows rows = new BulkRows(database.dataSource(), SourceDatabase.POSTGRESQL, "sums", "id", "hour_of_day");
		rows.add(1, 40_000);
		assertThatThrownBy(rows::flush).hasMessageContaining("40000").hasMessageContaining("sums.hour_of_day");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sums").query(Long.class).single()).isZero();
	}

	@Test
	void aColumnTypeItDoesNotWriteIsRefusedByName() {
		BulkRows rows = new BulkRows(database.dataSource(), SourceDatabase.POSTGRESQL, "sums", "id", "price");
		rows.add(1, 2);
		assertThatThrownBy(rows::flush).hasMessageContaining("sums.price").hasMessageContaining("numeric");
	}

}
