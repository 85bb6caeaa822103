package com.sidekickforge.monitor.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

import com.sidekickforge.monitor.event.Event;
import com.sidekickforge.monitor.event.EventType;
import com.sidekickforge.monitor.outbox.Announcement;
import com.sidekickforge.monitor.outbox.Announcer;

/**
 * The {@code alert-digests} step of {@code quota-alerts}: each digest now due becomes one mail in the outbox, in one
 * transaction with the digest row that claims its items, so a digest is mailed once whichever run or node forms it,
 * and a run that failed forms on its restart only what it had not.
 */
class AlertDigestTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(AlertDigestTasklet.class);

	private final AlertDigests digests;

	private final Announcer announcer;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AlertDigestTasklet(AlertDigests digests, Announcer announcer, TransactionTemplate transactions, Clock clock) {
		this.digests = digests;
		this.announcer = announcer;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		int formed = formDue();
		contribution.incrementWriteCount(formed);
		chunkContext.getStepContext().getStepExecution().getExecutionContext().putInt("alerts.digests", formed);
		return RepeatStatus.FINISHED;
	}

	/** Forms every digest due now; how many this run formed (another run's are not counted). */
	int formDue() {
		Instant now = this.clock.instant();
		int formed = 0;
		for (AlertDigests.Due digest : this.digests.due(now)) {
			if (form(digest, now)) {
				formed++;
			}
		}
		return formed;
	}

	private boolean form(AlertDigests.Due due, Instant now) {
		UUID id = UUID.randomUUID();
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				int items = this.digests.gather(id, due, now);
				if (items == 0) {
					status.setRollbackOnly();
					return false;
				}
				Event event = Event.of(id, EventType.ALERT_DIGEST, now, Map.of("alerts", items));
				this.announcer.announce(new Announcement(event, null, null, id, List.of(due.address()), false), now);
				return true;
			}));
		}
		catch (DuplicateKeyException ex) {
			log.info("The digest of {} due {} was formed by another run", due.address(), due.dueAt());
			return false;
		}
	}

}
