package com.sidekickforge.monitor.rollup;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

import com.sidekickforge.monitor.config.SourcePartition;
import com.sidekickforge.monitor.config.TenantDatabases;
import com.sidekickforge.monitor.source.AgentUsageReader;

/**
 * Step 2: reads the events of every source database, a few {@link EventUnit}s per call in parallel, each
 * committed on its own. A database that cannot be read is recorded and skipped; the others go on. Done units are kept
 * in the execution context, so a restart reads only what is left, failed units included.
 */
class EventTasklet implements Tasklet {

	static final String DONE = "rollup.units.done";

	static final String FAILED = "rollup.units.failed";

	private final TenantDatabases tenants;

	private final EventDays eventDays;

	private final RollupFailures failures;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int parallelReads;

	private final ExecutorService workers;

	private List<EventUnit> units;

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
		Set<String> done = keys(step, DONE);
		done.addAll(keys(job, DONE));
		Set<String> failed = keys(step, FAILED);
		List<EventUnit> next = units(plan).stream()
			.filter((unit) -> !done.contains(unit.key()) && !failed.contains(unit.key()))
			.limit(this.parallelReads)
			.toList();
		if (next.isEmpty()) {
			step.putString(DONE, String.join(",", done));
			step.putString(FAILED, String.join(",", failed));
			this.workers.shutdown();
			return RepeatStatus.FINISHED;
		}
		// A few units at once: while the database sums one kind of events, another's sums are written.
		List<CompletableFuture<Long>> running = next.stream()
			.map((unit) -> CompletableFuture.supplyAsync(
					() -> this.transactions.execute((status) -> this.reading.run(unit, plan.range(), plan.client())),
					this.workers))
			.toList();
		for (int i = 0; i < next.size(); i++) {
			EventUnit unit = next.get(i);
			try {
				Long rows = running.get(i).join();
				contribution.incrementWriteCount((rows != null) ? rows : 0);
				done.add(unit.key());
			}
			catch (CompletionException ex) {
				failed.add(unit.key());
				String reason = unit.partition().describe() + " (" + unit.kind().name().toLowerCase(Locale.ROOT)
						+ "): " + NestedExceptionUtils.getMostSpecificCause(ex).getMessage();
				this.transactions.executeWithoutResult((status) -> this.failures.record(plan.date(),
						unit.partition().key(), unit.partition().isPlatform() ? null : unit.partition().client().id(),
						reason, this.clock.instant()));
			}
		}
		step.putString(DONE, String.join(",", done));
		step.putString(FAILED, String.join(",", failed));
		return RepeatStatus.CONTINUABLE;
	}

	/** The units of this run, and what reads them, decided on first use in this step execution. */
	private List<EventUnit> units(RollupPlan plan) {
		if (this.units == null) {
			List<SourcePartition> partitions = this.tenants.partitions();
			if (plan.client() != null) {
				partitions = partitions.stream()
					.filter((p) -> p.isPlatform() || p.holds(plan.client()))
					.toList();
			}
			Set<java.util.UUID> dedicated = TenantDatabases.dedicated(partitions);
			Map<java.util.UUID, java.util.UUID> platformAgents = new AgentUsageReader(partitions.getFirst().dataSource())
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
