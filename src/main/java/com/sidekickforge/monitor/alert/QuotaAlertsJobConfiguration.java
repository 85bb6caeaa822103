package com.sidekickforge.monitor.alert;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.sidekickforge.monitor.activity.ActivityEvents;
import com.sidekickforge.monitor.config.AdminLinks;
import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.PlatformDatabase;
import com.sidekickforge.monitor.config.Recipients;
import com.sidekickforge.monitor.outbox.Announcer;
import com.sidekickforge.monitor.quota.QuotaReader;
import com.sidekickforge.monitor.quota.UsageHistory;
import com.sidekickforge.monitor.run.JobParameterRules;
import com.sidekickforge.monitor.source.SidekickNames;
import com.sidekickforge.monitor.source.TenantDatabases;

/** The {@code quota-alerts} job: evaluate every quota (announcements into the outbox), then deliver. */
@Configuration(proxyBeanMethods = false)
class QuotaAlertsJobConfiguration {

	static final String JOB = "quota-alerts";

	@Bean
	Job quotaAlertsJob(JobRepository jobRepository, Step quotaEvaluateStep, Step alertDigestsStep,
			Step outboxDeliverStep) {
		return new JobBuilder(JOB, jobRepository)
			.validator(JobParameterRules.of(QuotaAlertsParameters.DECLARATION))
			.start(quotaEvaluateStep)
			.next(alertDigestsStep)
			.next(outboxDeliverStep)
			.build();
	}

	@Bean
	Step quotaEvaluateStep(JobRepository jobRepository, QuotaEvaluationTasklet quotaEvaluationTasklet) {
		// Every announcement commits on its own transaction: the step itself holds none open.
		return new StepBuilder("quota-evaluate", jobRepository)
			.tasklet(quotaEvaluationTasklet, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	@JobScope
	QuotaEvaluationTasklet quotaEvaluationTasklet(@PlatformDatabase DataSource platform, QuotaAlerter alerter,
			EarlyWarningAlerter earlyWarningAlerter, TenantDatabases tenants, Recipients recipients,
			ForgeProperties properties, Clock clock, @Value("#{jobExecution.jobParameters}") JobParameters jobParameters) {
		QuotaAlertsParameters parameters = QuotaAlertsParameters.of(jobParameters);
		return new QuotaEvaluationTasklet(new QuotaReader(platform), alerter, earlyWarningAlerter,
				() -> SidekickNames.read(tenants.partitions()), recipients, properties.thresholds(),
				parameters.clock(clock), properties.timezone(), parameters.client());
	}

	@Bean
	Step alertDigestsStep(JobRepository jobRepository, AlertDigestTasklet alertDigestTasklet) {
		// Every digest commits on its own transaction, like an announcement.
		return new StepBuilder("alert-digests", jobRepository)
			.tasklet(alertDigestTasklet, new ResourcelessTransactionManager())
			.build();
	}

	@Bean
	@JobScope
	AlertDigestTasklet alertDigestTasklet(AlertDigests digests, Announcer announcer,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("#{jobExecution.jobParameters}") JobParameters jobParameters) {
		return new AlertDigestTasklet(digests, announcer, new TransactionTemplate(transactionManager),
				QuotaAlertsParameters.of(jobParameters).clock(clock));
	}

	@Bean
	EarlyWarningAlerter earlyWarningAlerter(EarlyWarningLedger ledger, UsageHistory history, ActivityEvents activity,
			AlertMails mails, ForgeProperties properties, PlatformTransactionManager transactionManager) {
		return new EarlyWarningAlerter(ledger, history, EarlyWarnings.of(properties), activity, mails,
				AdminLinks.of(properties), new TransactionTemplate(transactionManager), properties.timezone(),
				properties.alerts().projections(), properties.alerts().unusualDays());
	}

	@Bean
	QuotaAlerter quotaAlerter(AlertLedger ledger, QuotaNotices notices, ActivityEvents activity, AlertMails mails,
			ForgeProperties properties, PlatformTransactionManager transactionManager) {
		return new QuotaAlerter(ledger, notices, activity, mails, new NoticePayload(AdminLinks.of(properties)),
				new TransactionTemplate(transactionManager), properties.timezone());
	}

}
