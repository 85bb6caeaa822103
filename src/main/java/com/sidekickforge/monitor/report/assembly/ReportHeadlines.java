package com.sidekickforge.monitor.report.assembly;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import com.sidekickforge.monitor.report.model.MonitoringData;
import com.sidekickforge.monitor.report.model.ReportHeadline;
import com.sidekickforge.monitor.report.model.ReportJson;
import com.sidekickforge.monitor.report.model.ReportScope;

/**
 * Each report run's {@link ReportHeadline}s, per scope, in the store: written by whichever node writes the scope,
 * read by whichever node queues and sends its mails. Kept until the run has published, and a week at most.
 */
@Repository
public class ReportHeadlines {

	/** Headlines of runs that never published (they failed and were not restarted) go after this long. */
	private static final Duration KEEP = Duration.ofDays(7);

	private final JdbcClient store;

	private final Clock clock;

	private final JsonMapper json = new ReportJson().mapper()
		.rebuild()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(SerializationFeature.INDENT_OUTPUT)
		.build();

	ReportHeadlines(DataSource store, Clock clock) {
		this.store = JdbcClient.create(store);
		this.clock = clock;
	}

	/** Keeps a scope's headline for a run (a restarted run writing the scope again replaces it). */
	public void save(String run, ReportScope scope, MonitoringData data) {
		String key = ReportHeadline.key(scope);
		String body = this.json.writeValueAsString(ReportHeadline.of(data));
		this.store.sql("DELETE FROM monitor.report_headline WHERE run = :run AND scope_key = :key")
			.param("run", run)
			.param("key", key)
			.update();
		this.store.sql("""
				INSERT INTO monitor.report_headline (run, scope_key, body, written_at) VALUES (:run, :key, :body, :at)
				""")
			.param("run", run)
			.param("key", key)
			.param("body", body)
			.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
	}

	/**
	 * A scope's headline of a run, as the JSON a mail keeps.
	 *
	 * @param client the client's id, or null for the report of all clients
	 */
	public Optional<String> json(String run, UUID client) {
		return this.store.sql("SELECT body FROM monitor.report_headline WHERE run = :run AND scope_key = :key")
			.param("run", run)
			.param("key", ReportHeadline.key(client))
			.query(String.class)
			.optional();
	}

	public ReportHeadline parse(String json) {
		return this.json.readValue(json, ReportHeadline.class);
	}

	/** Forgets a published run's headlines, and those of runs that never published. */
	public void forget(String run) {
		this.store.sql("DELETE FROM monitor.report_headline WHERE run = :run OR written_at < :before")
			.param("run", run)
			.param("before", OffsetDateTime.ofInstant(this.clock.instant().minus(KEEP), ZoneOffset.UTC))
			.update();
	}

}
