package com.sidekickforge.monitor.rollup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.source.DayRange;

/**
 * Step 3a: every client's tracking gaps, set-based in the store. (The estimated days, those no snapshot covers,
 * are the event sums themselves: the {@code daily_usage} view reads them from {@code event_daily}, nothing is
 * copied. Days between a client's first and latest snapshot are derived client by client in step 3b.)
 */
final class EstimatedDaysTasklet implements Tasklet {

	/** Clients whose source database could be read. */
	private static final String NOT_FAILED = " %1$s.client_id NOT IN (:failed) ";

	private static String only(String alias, RollupPlan plan) {
		return (plan.client() != null) ? " AND " + alias + ".client_id = :client " : " ";
	}

	private final NamedParameterJdbcTemplate store;

	private final ForgeProperties.Rollup settings;

	EstimatedDaysTasklet(DataSource store, ForgeProperties.Rollup settings) {
		this.store = new NamedParameterJdbcTemplate(store);
		this.settings = settings;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
		RollupPlan plan = RollupPlan.from(job);
		Set<String> failedSources = ClientRollupProcessor.failedSources(job);
		if (failedSources.contains("platform")) {
			return RepeatStatus.FINISHED; // shared clients' events are incomplete: left as they were
		}
		List<UUID> failed = new ArrayList<>();
		failed.add(new UUID(0, 0)); // never a client: keeps "NOT IN (:failed)" valid when nothing failed
		failedSources.forEach((source) -> failed.add(UUID.fromString(source)));
		MapSqlParameterSource parameters = new MapSqlParameterSource("failed", failed).addValue("client", plan.client());
		replaceGaps(plan, parameters);
		return RepeatStatus.FINISHED;
	}

	/** Counters read this run against the events of D's period, for every client: the tracking gaps. */
	private void replaceGaps(RollupPlan plan, MapSqlParameterSource parameters) {
		DayRange reconciled = plan.reconciled();
		parameters.addValue("period", plan.periodStart())
			.addValue("from", reconciled.first())
			.addValue("through", reconciled.last());
		Map<UUID, Counters> counters = new HashMap<>();
		this.store.query("SELECT r.client_id, SUM(r.voice_seconds), SUM(r.text_messages), SUM(r.embedding_chunks) "
				+ "FROM monitor.counter_reading r WHERE r.period_start = :period AND " + NOT_FAILED.formatted("r") + only("r", plan)
				+ " GROUP BY r.client_id", parameters, (rs) -> {
					counters.put(rs.getObject(1, UUID.class), new Counters(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
				});
		Map<UUID, Counters> events = new HashMap<>();
		this.store.query("""
				SELECT e.client_id,
				  SUM(CASE WHEN e.metric = 'VOICE_SECONDS' THEN e.amount ELSE 0 END),
				  SUM(CASE WHEN e.metric = 'TEXT_MESSAGES' THEN e.amount ELSE 0 END),
				  SUM(CASE WHEN e.metric = 'EMBEDDING_CHUNKS' THEN e.amount ELSE 0 END)
				FROM monitor.event_daily e WHERE e.usage_date BETWEEN :from AND :through AND
				""" + NOT_FAILED.formatted("e") + only("e", plan) + " GROUP BY e.client_id", parameters, (rs) -> {
			events.put(rs.getObject(1, UUID.class), new Counters(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
		});
		this.store.update("DELETE FROM monitor.tracking_gap t WHERE t.period_start = :period AND "
				+ NOT_FAILED.formatted("t") + only("t", plan), parameters);
		List<TrackingGap> gaps = new ArrayList<>();
		Set<UUID> clients = new HashSet<>(counters.keySet());
		clients.addAll(events.keySet());
		for (UUID client : clients) {
			gaps.addAll(TrackingGap.between(client, plan.periodStart(), reconciled.last(),
					counters.getOrDefault(client, Counters.ZERO), events.getOrDefault(client, Counters.ZERO),
					this.settings.tolerancePercent(), this.settings.toleranceMinimum()));
		}
		for (TrackingGap gap : gaps) {
			this.store.update("""
					INSERT INTO monitor.tracking_gap
					  (client_id, metric, period_start, checked_through, counter_total, event_total)
					VALUES (:client, :metric, :period, :through, :counter, :events)
					""", new MapSqlParameterSource("client", gap.clientId()).addValue("metric", gap.metric())
				.addValue("period", gap.periodStart())
				.addValue("through", gap.checkedThrough())
				.addValue("counter", gap.counterTotal())
				.addValue("events", gap.eventTotal()));
		}
	}


}
