package com.sidekickforge.monitor.outbox;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers what is due: first takes over the messages of workers that died mid-delivery, then leases and
 * sends due messages one by one. Each lease is committed before sending (autocommit statements), so a crash
 * leaves a row that says it was being sent, never one that looks untouched.
 */
public class OutboxWorker {

	private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

	private final Outbox outbox;

	private final Map<Channel, OutboxChannel> channels;

	private final RetrySchedule schedule;

	private final Duration lease;

	private final int batchSize;

	private final Clock clock;

	/** Names this worker in leases: host, process and a random part. */
	private final String name;

	public OutboxWorker(Outbox outbox, List<OutboxChannel> channels, RetrySchedule schedule, Duration lease,
			int batchSize, Clock clock) {
		this.outbox = outbox;
		this.channels = channels.stream().collect(Collectors.toMap(OutboxChannel::channel, Function.identity()));
		this.schedule = schedule;
		this.lease = lease;
		this.batchSize = batchSize;
		this.clock = clock;
		this.name = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** What one pass did. */
	public record Pass(int delivered, int failed, int dead, int unconfirmed) {

		Pass plus(Pass other) {
			return new Pass(this.delivered + other.delivered, this.failed + other.failed, this.dead + other.dead,
					this.unconfirmed + other.unconfirmed);
		}

		public int attempted() {
			return this.delivered + this.failed + this.dead;
		}

	}

	/**
	 * Delivers everything due now, batch after batch, until nothing is due. Each channel (mail, webhooks) is
	 * delivered on a thread of its own, so a slow channel (a mail server that takes its timeouts) never holds up
	 * another.
	 */
	public Pass deliverDue() {
		Pass total = recoverAbandoned();
		if (this.channels.size() == 1) {
			return total.plus(deliverDue(this.channels.keySet().iterator().next()));
		}
		try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Pass>> passes = this.channels.keySet()
				.stream()
				.map((channel) -> threads.submit(() -> deliverDue(channel)))
				.toList();
			for (var pass : passes) {
				total = total.plus(pass.get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Error error) {
				throw error; // the process is going down: as if it had happened on this thread
			}
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex.getCause());
		}
		return total;
	}

	private Pass deliverDue(Channel channel) {
		Pass total = new Pass(0, 0, 0, 0);
		while (true) {
			Pass pass = deliverBatch(channel);
			total = total.plus(pass);
			if (pass.attempted() + pass.unconfirmed() == 0) {
				return total;
			}
		}
	}

	private Pass recoverAbandoned() {
		int unconfirmed = 0;
		int delivered = 0;
		Instant now = this.clock.instant();
		for (UUID id : this.outbox.abandoned(now, this.batchSize)) {
			if (!this.outbox.takeOver(id, this.name, now, now.plus(this.lease))) {
				continue;
			}
			OutboxMessage message = this.outbox.find(id);
			InDoubt verdict = channel(message).inDoubt(message);
			log.warn("Outbox message {} ({} to {}) was being sent by a worker that stopped: {}", id, message.eventType(),
					message.destination(), verdict);
			switch (verdict) {
				case DELIVERED -> {
					this.outbox.release(id, this.name, OutboxStatus.DELIVERED, null, null, now);
					delivered++;
				}
				case RESEND -> this.outbox.release(id, this.name, OutboxStatus.PENDING, now,
						"worker stopped while sending; sent again", null);
				case UNCONFIRMED -> {
					this.outbox.release(id, this.name, OutboxStatus.UNCONFIRMED, null,
							"worker stopped while sending: it may have been sent; not resent automatically", null);
					unconfirmed++;
				}
			}
		}
		return new Pass(delivered, 0, 0, unconfirmed);
	}

	private Pass deliverBatch(Channel channel) {
		int delivered = 0;
		int failed = 0;
		int dead = 0;
		int unconfirmed = 0;
		for (UUID id : this.outbox.due(this.clock.instant(), this.batchSize, channel)) {
			Instant now = this.clock.instant();
			if (!this.outbox.lease(id, this.name, now, now.plus(this.lease))) {
				continue; // another worker has it
			}
			OutboxMessage message = this.outbox.find(id);
			DeliveryResult result = attempt(message);
			Instant after = this.clock.instant();
			switch (result) {
				case DeliveryResult.Delivered d -> {
					this.outbox.release(id, this.name, OutboxStatus.DELIVERED, null, null, after);
					delivered++;
				}
				case DeliveryResult.Unknown unknown -> {
					this.outbox.release(id, this.name, OutboxStatus.UNCONFIRMED, null,
							"sent, no answer: " + unknown.reason() + "; not resent automatically", null);
					unconfirmed++;
				}
				case DeliveryResult.Rejected rejected -> {
					this.outbox.release(id, this.name, OutboxStatus.DEAD, null, rejected.reason(), null);
					dead++;
				}
				case DeliveryResult.Failed failure -> {
					Optional<Duration> wait = this.schedule.next(message.attempts(), failure.retryAfter());
					if (wait.isPresent()) {
						this.outbox.release(id, this.name, OutboxStatus.PENDING, after.plus(wait.get()),
								failure.reason(), null);
						failed++;
					}
					else {
						this.outbox.release(id, this.name, OutboxStatus.DEAD, null,
								"gave up after " + message.attempts() + " attempts: " + failure.reason(), null);
						dead++;
					}
				}
			}
		}
		return new Pass(delivered, failed, dead, unconfirmed);
	}

	private DeliveryResult attempt(OutboxMessage message) {
		try {
			return channel(message).deliver(message);
		}
		catch (RuntimeException ex) {
			// A bug or an unexpected failure: retried like any failure, never lost.
			log.warn("Outbox message {} failed unexpectedly", message.id(), ex);
			return new DeliveryResult.Failed(ex.getClass().getSimpleName() + ": " + ex.getMessage(), null);
		}
	}

	private OutboxChannel channel(OutboxMessage message) {
		OutboxChannel channel = this.channels.get(message.channel());
		if (channel == null) {
			throw new IllegalStateException("No " + message.channel().key() + " channel to deliver " + message.id());
		}
		return channel;
	}

}
