package com.sidekickforge.monitor.api;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.run.JobRuns;
import com.sidekickforge.monitor.run.RunOutcome;

/**
 * Jobs started over HTTP, each on its own thread, with a ticket to ask how it went. Tickets live in this node's
 * memory; the run itself is in the job repository and the run history like any other.
 */
@Component
@ConditionalOnWebApplication
class JobTickets {

	private final JobRuns runs;

	private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

	private final Map<UUID, Ticket> tickets = new ConcurrentHashMap<>();

	JobTickets(JobRuns runs) {
		this.runs = runs;
	}

	/** A run started for someone. */
	record Ticket(UUID id, String job, Map<String, String> parameters, String startedBy, Instant startedAt,
			CompletableFuture<RunOutcome> outcome) {
	}

	Ticket start(String job, Map<String, String> parameters, String startedBy) {
		UUID id = UUID.randomUUID();
		CompletableFuture<RunOutcome> outcome = CompletableFuture.supplyAsync(() -> this.runs.run(job, parameters, false),
				this.threads);
		Ticket ticket = new Ticket(id, job, Map.copyOf(parameters), startedBy, Instant.now(), outcome);
		this.tickets.put(id, ticket);
		return ticket;
	}

	Optional<Ticket> find(UUID id) {
		return Optional.ofNullable(this.tickets.get(id));
	}

	@PreDestroy
	void stop() {
		// A run cut short here is restarted like any interrupted one (JobRuns recovers it).
		this.threads.shutdownNow();
	}

}
