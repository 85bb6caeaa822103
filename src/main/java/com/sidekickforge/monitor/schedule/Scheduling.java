package com.sidekickforge.monitor.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;

import javax.sql.DataSource;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.run.JobRuns;
import com.sidekickforge.monitor.source.SourceDatabase;

/**
 * Builds the Quartz scheduler of {@code serve} on the own store: a JDBC job store in the store's {@code QRTZ_}
 * tables, clustered on PostgreSQL (every node fires each trigger once between them, and a node that dies has
 * its runs recovered by another), a single node on H2. Only {@code serve} starts one.
 */
@Component
public class Scheduling {

	/** A fire later than this is a misfire ({@code skip} schedules drop it). */
	static final Duration MISFIRE_THRESHOLD = Duration.ofMinutes(1);

	/**
	 * Quartz's own threshold, which is also how often it looks for missed fires: short, so a fire missed while no
	 * node ran happens (or is skipped) within seconds of a node starting. Which of the two is decided by
	 * {@link #MISFIRE_THRESHOLD}.
	 */
	static final Duration QUARTZ_MISFIRE_SCAN = Duration.ofSeconds(5);

	private final DataSource store;

	private final JobRuns jobs;

	private final Clock clock;

	Scheduling(DataSource store, JobRuns jobs, Clock clock) {
		this.store = store;
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * A started scheduler.
	 *
	 * @param instanceId this node's name in the cluster ("AUTO": host name and time)
	 * @param checkin how often a clustered node says it is alive (and looks for dead ones)
	 */
	public Scheduler start(String instanceId, Duration checkin) throws SchedulerException {
		boolean postgres = SourceDatabase.of(this.store) == SourceDatabase.POSTGRESQL;
		String provider = "forge-store-" + System.identityHashCode(this) + "-" + instanceId;
		DataSource dataSource = this.store;
		DBConnectionManager.getInstance().addConnectionProvider(provider, new ConnectionProvider() {
			@Override
			public Connection getConnection() throws SQLException {
				return dataSource.getConnection();
			}

			@Override
			public void shutdown() {
				// the pool belongs to Spring
			}

			@Override
			public void initialize() {
				// the pool belongs to Spring
			}
		});
		Properties settings = new Properties();
		settings.setProperty("org.quartz.scheduler.instanceName", "forge-monitor");
		settings.setProperty("org.quartz.scheduler.instanceId", instanceId);
		settings.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
		settings.setProperty("org.quartz.threadPool.threadCount", "2");
		settings.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
		settings.setProperty("org.quartz.jobStore.driverDelegateClass", postgres
				? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate" : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
		settings.setProperty("org.quartz.jobStore.tablePrefix", "monitor.QRTZ_");
		settings.setProperty("org.quartz.jobStore.dataSource", provider);
		settings.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(postgres));
		settings.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(checkin.toMillis()));
		settings.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(QUARTZ_MISFIRE_SCAN.toMillis()));
		Scheduler scheduler = new StdSchedulerFactory(settings).getScheduler();
		// Quartz keeps one scheduler per name in a JVM-wide registry; a cluster's nodes share the name, so two
		// nodes in one JVM (the tests) need the first one out of the registry before the second is built.
		SchedulerRepository.getInstance().remove(scheduler.getSchedulerName());
		scheduler.getContext().put(ScheduledRun.LAUNCHER,
				new ScheduleLauncher(this.jobs, new ScheduleLoader(), this.clock, MISFIRE_THRESHOLD));
		scheduler.start();
		return scheduler;
	}

}
