package com.sidekickforge.monitor.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.sidekickforge.monitor.outbox.Announcer;
import com.sidekickforge.monitor.quota.ClientQuotas;
import com.sidekickforge.monitor.quota.QuotaMetric;
import com.sidekickforge.monitor.quota.QuotaReader;
import com.sidekickforge.monitor.source.SourceDatabase;
import com.sidekickforge.monitor.testsupport.SourceAndStoreDatabases;

import static org.assertj.core.api.Assertions.assertThat;

class QuotaAlertsPostgresTests extends QuotaAlertsTests {

	static final TestBed BED = new TestBed(new SourceAndStoreDatabases(SourceDatabase.POSTGRESQL));

	@DynamicPropertySource
	static void databases(DynamicPropertyRegistry registry) {
		BED.register(registry);
	}

	@Autowired
	AlertDigests digests;

	@Autowired
	Announcer announcer;

	@Override
	TestBed bed() {
		return BED;
	}

	/**
	 * Two scheduler nodes evaluating the same quotas at the same moment: each client's crossing is announced
	 * once, because only one INSERT into the ledger can succeed.
	 */
	@Test
	void twoEvaluatorsRacingAnnounceEachCrossingOnce() throws Exception {
		List<UUID> clients = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			clients.add(client("Racer " + i, "adventurer", 5700, NOVEMBER)); // 95 %: 80 and 90 at once
		}
		List<ClientQuotas> quotas = new QuotaReader(bed().databases().platform.dataSource()).period(NOVEMBER, null);
		Instant now = this.clock.instant();
		List<Integer> nodes = onTwoNodesAtOnce(() -> {
			int announced = 0;
			for (ClientQuotas client : quotas) {
				announced += this.alerter.evaluate(client, this.recipients.current(), List.of(80, 90, 100), now)
					.crossings();
			}
			return announced;
		});
		int total = nodes.stream().mapToInt(Integer::intValue).sum();

		assertThat(total).isEqualTo(20);
		assertThat(crossings()).hasSize(20).allMatch((c) -> c.endsWith("voice_seconds 90 [80, 90]"));
		assertThat(this.store.sql("SELECT COUNT(*) FROM monitor.alert_ledger").query(Long.class).single())
			.isEqualTo(40);
		// Two mails (ops, owner) and one webhook per client, not one more.
		assertThat(this.store.sql("SELECT COUNT(*) FROM monitor.outbox_message").query(Long.class).single())
			.isEqualTo(60);
	}

	/**
	 * Two nodes evaluating the alerts ahead of the thresholds at once: each client's projection and each sidekick's
	 * unusual day is announced once, by whichever node's ledger INSERT succeeds.
	 */
	@Test
	void twoEvaluatorsRacingAnnounceEachProjectionAndUnusualDayOnce() {
		for (int i = 0; i < 10; i++) {
			UUID[] client = clientWithSidekick("Racer " + i, "adventurer");
			// 300 s a day and 100 minutes on the 19th; 4 500 s of 6 000 used on the 20th: both alerts are due.
			dailyUsage(client, QuotaMetric.VOICE_SECONDS, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 18),
					(day) -> 300);
			dailyUsage(client, QuotaMetric.VOICE_SECONDS, LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 19),
					(day) -> 6000);
			bed().databases().platformRows.counters(client[0], client[1], NOVEMBER, 4500, 0, 0);
		}
		List<ClientQuotas> quotas = new QuotaReader(bed().databases().platform.dataSource()).period(NOVEMBER, null);
		Instant now = Instant.parse("2026-11-20T06:00:00Z");
		List<EarlyWarningAlerter.Announced> results = onTwoNodesAtOnce(
				() -> this.earlyWarnings.evaluate(quotas, this.recipients.current(), Map::of, now));

		assertThat(results.stream().mapToInt(EarlyWarningAlerter.Announced::projections).sum()).isEqualTo(10);
		assertThat(results.stream().mapToInt(EarlyWarningAlerter.Announced::unusualDays).sum()).isEqualTo(10);
		assertThat(this.store.sql("SELECT COUNT(*) FROM monitor.early_warning").query(Long.class).single())
			.isEqualTo(20);
		// Two mails (ops, owner) and one webhook per warning, not one more.
		assertThat(this.store.sql("SELECT COUNT(*) FROM monitor.outbox_message").query(Long.class).single())
			.isEqualTo(60);
	}

	/** Two nodes forming the digests due at once: each person's digest is one mail, formed by one of them. */
	@Test
	void twoNodesFormingDigestsAtOnceMailEachOnce() {
		recipients("""
				  - email: digest-a@example.com
				    role: superadmin
				    digest-at: "08:00"
				  - email: digest-b@example.com
				    role: superadmin
				    digest-at: "08:00"
				""");
		for (int i = 0; i < 10; i++) {
			client("Racer " + i, "adventurer", 4800, NOVEMBER); // 80 %
		}
		alertsAt("2026-11-20T06:00:00Z");
		AlertDigestTasklet tasklet = new AlertDigestTasklet(this.digests, this.announcer,
				new TransactionTemplate(this.transactionManager), Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"),
						ZoneOffset.UTC));

		List<Integer> formed = onTwoNodesAtOnce(tasklet::formDue);

		assertThat(formed.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
		assertThat(this.store.sql("SELECT destination FROM monitor.outbox_message WHERE event_type = 'alert.digest'")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("digest-a@example.com", "digest-b@example.com");
		assertThat(this.store.sql("SELECT COUNT(*) FROM monitor.alert_digest_item WHERE digest_id IS NOT NULL")
			.query(Long.class)
			.single()).isEqualTo(20);
	}

	/** The evaluation on two threads released at the same moment, as two nodes would run it: both results. */
	private static <T> List<T> onTwoNodesAtOnce(Supplier<T> evaluation) {
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<T>> nodes = new ArrayList<>();
		for (int node = 0; node < 2; node++) {
			nodes.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return evaluation.get();
			}));
		}
		return nodes.stream().map(CompletableFuture::join).toList();
	}

}
