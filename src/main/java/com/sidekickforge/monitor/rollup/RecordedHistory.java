package com.sidekickforge.monitor.rollup;

import java.time.LocalDate;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The first day whose events the rollup has read for every client: recorded history starts there. Before it
 * the store holds nothing, which reports must not read as "nothing was used".
 */
@Repository
public class RecordedHistory {

	private final JdbcClient store;

	RecordedHistory(DataSource store) {
		this.store = JdbcClient.create(store);
	}

	/** Records that every client's events were read from this day on (keeps the earliest such day). */
	void extend(LocalDate firstDay) {
		int updated = this.store.sql("""
				UPDATE monitor.recorded_history SET first_day = :day WHERE id = 1 AND first_day > :day
				""").param("day", firstDay).update();
		if (updated == 0 && firstDay().isEmpty()) {
			try {
				this.store.sql("INSERT INTO monitor.recorded_history (id, first_day) VALUES (1, :day)")
					.param("day", firstDay)
					.update();
			}
			catch (DuplicateKeyException ex) {
				extend(firstDay); // another run recorded its day in between
			}
		}
	}

	public Optional<LocalDate> firstDay() {
		return this.store.sql("SELECT first_day FROM monitor.recorded_history WHERE id = 1")
			.query(LocalDate.class)
			.optional();
	}

}
