package com.sidekickforge.monitor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.context.ConfigurableApplicationContext;

import com.sidekickforge.monitor.config.ConfigChecker;
import com.sidekickforge.monitor.config.ConfigException;
import com.sidekickforge.monitor.config.ConfigProblem;
import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.Schedule;
import com.sidekickforge.monitor.config.SchedulesFiles;
import com.sidekickforge.monitor.launch.LaunchArguments;
import com.sidekickforge.monitor.launch.SpringLauncher;
import com.sidekickforge.monitor.launch.UsageException;
import com.sidekickforge.monitor.outbox.OutboxWorker;
import com.sidekickforge.monitor.partition.amqp.PartitionWorkers;
import com.sidekickforge.monitor.run.DeadRuns;
import com.sidekickforge.monitor.schedule.ScheduleLoader;
import com.sidekickforge.monitor.schedule.Scheduling;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code forge-monitor serve}: the scheduler. Loads {@code jobs/} into Quartz, reloads it when a file changes,
 * and runs until stopped. With PostgreSQL as the store, several nodes form one cluster.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = { "Runs the scheduler: every schedule of the jobs directory fires in its own time zone; a changed "
				+ "file is picked up within --reload. With PostgreSQL as the store, start it on several nodes: each "
				+ "trigger fires on one of them, and a node that dies has its runs finished by another.",
				"Also serves the HTTP API and the live dashboard on --server.port (default 8080): "
						+ "/admin/monitoring, /admin/monitoring/data, /activity, /export/{format}, POST /admin/jobs/{job}/run, "
						+ "/actuator/health and /actuator/prometheus; bearer tokens of users.yml." })
final class ServeCommand implements Callable<Integer> {

	@Option(names = "--node", paramLabel = "ID", defaultValue = "AUTO",
			description = "This node's name in the cluster (default: host name and start time).")
	private String node;

	@Option(names = "--reload", paramLabel = "DURATION", defaultValue = "PT30S",
			description = "How often the jobs directory is checked for changes (ISO-8601, default PT30S).")
	private Duration reload;

	private final SpringLauncher launcher;

	private final PrintStream out;

	ServeCommand(SpringLauncher launcher, PrintStream out) {
		this.launcher = launcher;
		this.out = out;
	}

	@Override
	public Integer call() throws Exception {
		// What check-config would refuse, serve refuses to start with: the same checks, the same file:line problems.
		LaunchArguments arguments = this.launcher.arguments();
		ConfigChecker.Result checked = new ConfigChecker(System.getenv(), ForgeJobs.CATALOG).check(arguments.configDir(),
				arguments.jobsDir());
		// A directory that is not there is no problem here: its files are optional, and serve runs without them.
		List<ConfigProblem> problems = checked.problems()
			.stream()
			.filter((problem) -> !"(directory)".equals(problem.field()))
			.toList();
		if (!problems.isEmpty()) {
			throw new UsageException("Not started: the configuration has " + problems.size() + " problem"
					+ ((problems.size() == 1) ? "" : "s") + " (as check-config says):" + System.lineSeparator()
					+ problems.stream().map(Object::toString)
						.collect(Collectors.joining(System.lineSeparator())));
		}
		// The one command with a web server: the HTTP API and the live dashboard (DESIGN.md section 6).
		try (ConfigurableApplicationContext context = this.launcher.start(Map.of("spring.main.web-application-type",
				"servlet"))) {
			ForgeProperties properties = context.getBean(ForgeProperties.class);
			Clock clock = context.getBean(Clock.class);
			Path jobs = properties.jobsDir();
			List<Schedule> schedules = read(jobs);
			// One name for this node in the scheduler cluster.
			String name = "AUTO".equals(this.node) ? InetAddress.getLocalHost().getHostName() + "-"
					+ System.currentTimeMillis() : this.node;
			// A run this machine's earlier serve left running when it was killed is nobody's now: recovered, announced.
			for (var recovered : context.getBean(DeadRuns.class).recover()) {
				this.out.printf("Recovered %s execution %d: %s%n", recovered.job(), recovered.executionId(),
						recovered.failure());
			}
			// With forge.partitions.remote, a serve node is a worker of every node's partitioned steps.
			PartitionWorkers partitions = context.getBeanProvider(PartitionWorkers.class).getIfAvailable();
			if (partitions != null) {
				partitions.start();
				this.out.printf("Taking partitions: %s%n", partitions.describe());
			}
			Scheduler scheduler = context.getBean(Scheduling.class).start(name, Duration.ofMillis(7500));
			CountDownLatch stopped = new CountDownLatch(1);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				if (partitions != null) {
					partitions.close();
				}
				try {
					scheduler.shutdown(true);
				}
				catch (SchedulerException ex) {
					// going down anyway
				}
				stopped.countDown();
			}));
			ScheduleLoader loader = new ScheduleLoader();
			int active = loader.load(scheduler, schedules, clock.instant());
			this.out.printf("Serving %d schedules from %s as node %s%n", active, jobs.toAbsolutePath(),
					scheduler.getSchedulerInstanceId());
			this.out.printf("HTTP API and live dashboard: http://localhost:%s/admin/monitoring%n",
					context.getEnvironment().getProperty("local.server.port"));
			String seen = fingerprint(jobs);
			OutboxWorker outbox = context.getBean(OutboxWorker.class);
			// The standing outbox worker, on a thread of its own: retries come due between job runs too, and a slow
			// mail server holds up neither the reload of jobs/ nor the scheduler. Leases keep nodes apart.
			var delivery = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "outbox");
				thread.setDaemon(true);
				return thread;
			});
			delivery.scheduleWithFixedDelay(() -> {
				try {
					outbox.deliverDue();
				}
				catch (RuntimeException ex) {
					this.out.println("Outbox delivery failed, tried again in " + this.reload + ": " + ex.getMessage());
				}
			}, this.reload.toMillis(), this.reload.toMillis(), TimeUnit.MILLISECONDS);
			while (!stopped.await(this.reload.toMillis(), TimeUnit.MILLISECONDS)) {
				String now = fingerprint(jobs);
				if (!now.equals(seen)) {
					try {
						active = loader.load(scheduler, read(jobs), clock.instant());
						this.out.printf("Reloaded %s: %d schedules%n", jobs.toAbsolutePath(), active);
						seen = now;
					}
					catch (UsageException ex) {
						this.out.println("Not reloaded, the schedules keep running as they were: " + ex.getMessage());
						seen = now;
					}
				}
			}
			return 0;
		}
	}

	private static List<Schedule> read(Path jobs) {
		try {
			return SchedulesFiles.read(jobs, System.getenv(), ForgeJobs.CATALOG);
		}
		catch (ConfigException ex) {
			throw new UsageException(ex.getMessage());
		}
	}

	/** Names, sizes and times of the schedule files: any edit changes it. */
	private static String fingerprint(Path jobs) {
		if (!Files.isDirectory(jobs)) {
			return "";
		}
		try (Stream<Path> files = Files.list(jobs)) {
			StringBuilder text = new StringBuilder();
			for (Path file : files.sorted().toList()) {
				text.append(file.getFileName()).append(Files.size(file)).append(Files.getLastModifiedTime(file)).append(';');
			}
			return text.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
