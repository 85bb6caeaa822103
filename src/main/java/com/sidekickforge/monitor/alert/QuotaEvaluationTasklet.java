package com.sidekickforge.monitor.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.sidekickforge.monitor.config.Recipients;
import com.sidekickforge.monitor.config.RecipientsFile;
import com.sidekickforge.monitor.quota.ClientQuotas;
import com.sidekickforge.monitor.quota.QuotaReader;

/**
 * Evaluates every client's quotas for the billing period that contains now: the thresholds, then the alerts ahead of
 * them (projected exhaustion, unusual days). A crash half-way is harmless:
 * the re-run evaluates everything again, and the ledger lets only what was not yet announced through.
 */
class QuotaEvaluationTasklet implements Tasklet {

	private final QuotaReader quotas;

	private final QuotaAlerter alerter;

	private final Recipients recipients;

	private final List<Integer> thresholds;

	private final Clock clock;

	private final ZoneId zone;

	private final UUID onlyClient;

	private final EarlyWarningAlerter earlyWarnings;

	private final Supplier<Map<UUID, String>> sidekickNames;

	QuotaEvaluationTasklet(QuotaReader quotas, QuotaAlerter alerter, EarlyWarningAlerter earlyWarnings,
			Supplier<Map<UUID, String>> sidekickNames, Recipients recipients, List<Integer> thresholds, Clock clock,
			ZoneId zone, UUID onlyClient) {
		this.quotas = quotas;
		this.alerter = alerter;
		this.earlyWarnings = earlyWarnings;
		this.sidekickNames = sidekickNames;
		this.recipients = recipients;
		this.thresholds = thresholds;
		this.clock = clock;
		this.zone = zone;
		this.onlyClient = onlyClient;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Instant now = this.clock.instant();
		LocalDate periodStart = YearMonth.from(LocalDate.ofInstant(now, this.zone)).atDay(1);
		RecipientsFile recipientsFile = this.recipients.current();
		QuotaAlerter.Announced total = new QuotaAlerter.Announced(0, 0, 0);
		List<ClientQuotas> clients = this.quotas.period(periodStart, this.onlyClient);
		for (ClientQuotas client : clients) {
			total = total.plus(this.alerter.evaluate(client, recipientsFile, this.thresholds, now));
		}
		EarlyWarningAlerter.Announced early = this.earlyWarnings.evaluate(clients, recipientsFile, this.sidekickNames,
				now);
		for (int i = 0; i < clients.size(); i++) {
			contribution.incrementReadCount();
		}
		contribution.incrementWriteCount(total.crossings() + total.recoveries() + early.projections()
				+ early.unusualDays());
		var context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
		context.putInt("alerts.crossings", total.crossings());
		context.putInt("alerts.recoveries", total.recoveries());
		context.putInt("alerts.raced", total.raced() + early.raced());
		context.putInt("alerts.projections", early.projections());
		context.putInt("alerts.unusual-days", early.unusualDays());
		return RepeatStatus.FINISHED;
	}

}
