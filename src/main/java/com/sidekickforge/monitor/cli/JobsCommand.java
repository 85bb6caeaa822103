package com.sidekickforge.monitor.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

import com.sidekickforge.monitor.config.ConfigException;
import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.config.Schedule;
import com.sidekickforge.monitor.config.SchedulesFiles;
import com.sidekickforge.monitor.launch.SpringLauncher;
import com.sidekickforge.monitor.launch.UsageException;
import com.sidekickforge.monitor.run.RunHistory;
import com.sidekickforge.monitor.schedule.FireTimes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code forge-monitor jobs}: the schedules of {@code jobs/}, when each fires next in its zone, and each job's last run. */
@Command(name = "jobs", mixinStandardHelpOptions = true,
		description = { "Lists the schedules of the jobs directory: job, cron and time zone, the next fire times in "
				+ "that zone (daylight saving included), and the job's last run with its outcome." })
final class JobsCommand implements Callable<Integer> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm zzz (xxx)",
			Locale.ENGLISH);

	/** For schedules that fire within a minute: the seconds too. */
	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss zzz (xxx)",
			Locale.ENGLISH);

	private static String time(ZonedDateTime time) {
		return ((time.getSecond() != 0) ? SECONDS : TIME).format(time);
	}

	@Option(names = "--next", paramLabel = "N", defaultValue = "3", description = "Fire times shown per schedule.")
	private int next;

	private final SpringLauncher launcher;

	private final PrintStream out;

	JobsCommand(SpringLauncher launcher, PrintStream out) {
		this.launcher = launcher;
		this.out = out;
	}

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = this.launcher.start(Map.of())) {
			ForgeProperties properties = context.getBean(ForgeProperties.class);
			List<Schedule> schedules;
			try {
				schedules = SchedulesFiles.read(properties.jobsDir(), System.getenv(), ForgeJobs.CATALOG);
			}
			catch (ConfigException ex) {
				throw new UsageException(ex.getMessage());
			}
			if (schedules.isEmpty()) {
				this.out.println("No schedules in " + properties.jobsDir().toAbsolutePath());
				return 0;
			}
			Clock clock = context.getBean(Clock.class);
			RunHistory history = context.getBean(RunHistory.class);
			for (Schedule schedule : schedules) {
				this.out.printf(Locale.ROOT, "%s  (job %s, cron \"%s\", %s, misfire %s%s)%n", schedule.name(),
						schedule.job(), schedule.cron(), schedule.zone().getId(), schedule.misfire(),
						schedule.enabled() ? "" : ", DISABLED");
				if (!schedule.parameters().isEmpty()) {
					this.out.println("  parameters  " + schedule.parameters().entrySet().stream()
						.map((e) -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
				}
				List<ZonedDateTime> times = new FireTimes(schedule.cron(), schedule.zone()).after(clock.instant(),
						this.next);
				times.forEach((time) -> this.out.println("  next        " + time(time)));
				this.out.println("  last run    " + history.last(schedule.job())
					.map((run) -> String.format(Locale.ROOT, "%s, started %s%s (execution %d)", run.status(),
							(run.started() != null) ? time(run.started().atZone(schedule.zone())) : "never",
							(run.duration() != null) ? String.format(Locale.ROOT, ", %.1f s", run.duration().toMillis() / 1000.0)
									: ", still running",
							run.executionId()))
					.orElse("never"));
			}
			return 0;
		}
	}

}
