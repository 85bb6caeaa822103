package com.sidekickforge.monitor.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sidekickforge.monitor.quota.ClientQuotas;
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
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<Integer>> nodes = new ArrayList<>();
		for (int node = 0; node < 2; node++) {
			nodes.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				int announced = 0;
				for (ClientQuotas client : quotas) {
					announced += this.alerter.evaluate(client, this.recipients.current(), List.of(80, 90, 100), now)
						.crossings();
				}
				return announced;
			}));
		}
		int total = nodes.stream().mapToInt(CompletableFuture::join).sum();

		assertThat(total).isEqualTo(20);
		assertThat(crossings()).hasSize(20).allMatch((c) -> c.endsWith("voice_seconds 90 [80, 90]"));
		assertThat(this.store.sql("SELECT COUNT(*) FROM monitor.alert_ledger").query(Long.class).single())
			.isEqualTo(40);
		// Two mails (ops, owner) and one webhook per client, not one more.
		assertThat(this.store.sql("SELECT COUNT(*) FROM monitor.outbox_message").query(Long.class).single())
			.isEqualTo(60);
	}

}
