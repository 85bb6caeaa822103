package com.sidekickforge.monitor.rollup;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.sidekickforge.monitor.source.AgentUsageReader;
import com.sidekickforge.monitor.source.SourcePartition;
import com.sidekickforge.monitor.source.TenantDatabases;

/**
 * Step 2 (one partition of it): reads the events of the source databases in its units, {@code parallel-reads} {@link EventUnit}s at a time, each
 * committed on its own. A database that cannot be read is recorded and skipped; the others go on. Done units are kept
 * in the execution context, so a restart reads only what is left, failed units included.
 */
class EventTasklet implements Tasklet {

	static final String DONE = "rollup.units.done";

	static final String FAILED = "rollup.units.failed";

	/** The units of this partition of the step (all units when absent). */
	static final String UNITS = "rollup.units";

	private final TenantDatabases tenants;

	private final EventDays eventDays;

	private final RollupFailures failures;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int parallelReads;

	private final ExecutorService workers;

	private List<EventUnit> units;

	/** Units being read now, in the order they started. */
	private final Map<EventUnit, CompletableFuture<Long>> running = new LinkedHashMap<>();

	private EventReading reading;

	EventTasklet(TenantDatabases tenants, EventDays eventDays, RollupFailures failures,
			PlatformTransactionManager transactionManager, Clock clock, int parallelReads) {
		this.parallelReads = parallelReads;
		this.workers = Executors.newFixedThreadPool(parallelReads, (task) -> {
			Thread thread = new Thread(task, "rollup-events");
			thread.setDaemon(true);
			return thread;
		});
		this.tenants = tenants;
		this.eventDays = eventDays;
		this.failures = failures;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var stepExecution = chunkContext.getStepContext().getStepExecution();
		ExecutionContext step = stepExecution.getExecutionContext();
		ExecutionContext job = stepExecution.getJobExecution().getExecutionContext();
		RollupPlan plan = RollupPlan.from(job);
		if (this.units == null) {
			// A partition resumed after its node died: what failed then is tried again.
			step.remove(FAILED);
		}
		Set<String> mine = step.containsKey(UNITS) ? keys(step, UNITS) : null;
		Set<String> done = keys(step, DONE);
		done.addAll(keys(job, DONE));
		Set<String> failed = keys(step, FAILED);
		// A work queue, not rounds: as soon as one unit ends the next starts, so the longest unit (the
		// conversations of the platform database) overlaps all the others instead of holding up a round.
		for (EventUnit unit : units(plan)) {
			if (this.running.size() >= this.parallelReads) {
				break;
			}
			if ((mine == null || mine.contains(unit.key())) && !done.contains(unit.key())
					&& !failed.contains(unit.key()) && !this.running.containsKey(unit)) {
				this.running.put(unit, CompletableFuture.supplyAsync(
						() -> this.transactions.execute((status) -> this.reading.run(unit, plan.range(), plan.client())),
						this.workers));
			}
		}
		if (this.running.isEmpty()) {
			step.putString(DONE, String.join(",", done));
			step.putString(FAILED, String.join(",", failed));
			this.workers.shutdown();
			return RepeatStatus.FINISHED;
		}
		try {
			CompletableFuture.anyOf(this.running.values().toArray(CompletableFuture[]::new)).join();
		}
		catch (CompletionException ex) {
			// recorded below, with the unit it belongs to
		}
		for (var iterator = this.running.entrySet().iterator(); iterator.hasNext();) {
			var entry = iterator.next();
			if (!entry.getValue().isDone()) {
				continue;
			}
			iterator.remove();
			EventUnit unit = entry.getKey();
			try {
				Long rows = entry.getValue().join();
				contribution.incrementWriteCount((rows != null) ? rows : 0);
				done.add(unit.key());
			}
			catch (CompletionException ex) {
				failed.add(unit.key());
				String reason = unit.partition().describe() + " (" + unit.kind().name().toLowerCase(Locale.ROOT)
						+ "): " + NestedExceptionUtils.getMostSpecificCause(ex).getMessage();
				this.transactions.executeWithoutResult((status) -> this.failures.record(plan.date(),
						unit.partition().key(), unit.partition().isPlatform() ? null : unit.partition().client().id(),
						reason, this.clock.instant(), plan.readAt()));
			}
		}
		// Only finished units are saved: a unit still running when the process dies is read again on restart.
		step.putString(DONE, String.join(",", done));
		step.putString(FAILED, String.join(",", failed));
		return RepeatStatus.CONTINUABLE;
	}

	/** The units of this run, and what reads them, decided on first use in this step execution. */
	private List<EventUnit> units(RollupPlan plan) {
		if (this.units == null) {
			List<SourcePartition> partitions = EventUnit.sources(this.tenants.partitions(), plan.client());
			Set<UUID> dedicated = TenantDatabases.dedicated(partitions);
			Map<UUID, UUID> platformAgents = new AgentUsageReader(partitions.getFirst().dataSource())
				.clientsOfAgents();
			this.reading = new EventReading(this.eventDays, platformAgents, dedicated);
			this.units = EventUnit.over(partitions);
		}
		return this.units;
	}

	static Set<String> keys(ExecutionContext context, String key) {
		String value = context.containsKey(key) ? context.getString(key) : "";
		return Arrays.stream(value.split(","))
			.filter((s) -> !s.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
