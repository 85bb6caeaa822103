package com.sidekickforge.monitor.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sidekickforge.monitor.alert.QuotaNotice;
import com.sidekickforge.monitor.health.HealthSample;
import com.sidekickforge.monitor.outbox.OutboxStatus;
import com.sidekickforge.monitor.rollup.RollupResults;
import com.sidekickforge.monitor.run.RunOutcome;
import com.sidekickforge.monitor.sampledata.ClientProfile;

/**
 * What the demo made and where: for the summary it prints.
 *
 * @param reused the databases already held this dataset and were kept
 * @param rowsByTable rows per source table over the platform and tenant databases
 * @param tenantDatabases the dedicated clients' H2 databases by client slug
 * @param jobRuns how each job run went
 * @param rollup what the rollup produced
 * @param notices the quota alerts and recoveries announced, newest first
 * @param outbox messages per status after delivery
 */
public record DemoOutcome(boolean reused, List<ClientProfile> clients, Map<String, Long> rowsByTable,
		Duration generation, Path outputDir, Path platformDatabase, Map<String, Path> tenantDatabases,
		Path tenantsFile, List<RunOutcome> jobRuns, RollupResults.Summary rollup, List<QuotaNotice> notices,
		Map<OutboxStatus, Long> outbox, List<HealthSample> health,
		List<Person> people, Path jwtSecret) {

	/**
	 * One of the demo's people of Sidekick Forge.
	 *
	 * @param role superadmin, admin or subscriber
	 * @param clients the clients they administer or read (none for the superadmin: all)
	 * @param token their access token, signed with the demo's secret; null before it is made
	 */
	public record Person(String role, String email, UUID id, List<ClientProfile> clients, String token) {
	}

	public long totalRows() {
		return this.rowsByTable.values().stream().mapToLong(Long::longValue).sum();
	}

}
