package com.sidekickforge.monitor.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sidekickforge.monitor.cli.ForgeJobs;

import static org.assertj.core.api.Assertions.assertThat;

/** check-config finds every problem in a copy of the shipped config/ and jobs/, each with file and line. */
class ConfigCheckerTests {

	@TempDir
	Path copy;

	private Path config;

	private Path jobs;

	@BeforeEach
	void copyTheShippedConfiguration() throws IOException {
		this.config = copyDirectory(Path.of("config"), this.copy.resolve("config"));
		this.jobs = copyDirectory(Path.of("jobs"), this.copy.resolve("jobs"));
	}

	@Test
	void theShippedConfigurationIsValid() {
		ConfigChecker.Result result = check(Map.of());

		assertThat(result.problems()).isEmpty();
		// The copies of config/ and jobs/, and the working directory's config/application.yml, which Spring Boot
		// reads whatever forge.config-dir says.
		assertThat(result.files()).hasSize(10)
			.contains(Path.of("config", "application.yml").toAbsolutePath().normalize());
	}

	@Test
	void aBrokenValueAMissingFieldAndAnUnknownKeyAreAllReportedWithTheirLines() throws IOException {
		Files.writeString(this.config.resolve("recipients.yml"), """
				recipients:
				  - email: ops@example.com
				    role: superadmin
				    alerts: maybe
				  - role: admin
				    clients: [acme-dental]
				    colour: blue
				""");

		List<String> problems = lines(check(Map.of()));

		assertThat(problems).containsExactly(
				file("recipients.yml") + ":4: recipients[0].alerts: not a boolean: 'maybe' (expected true or false)",
				file("recipients.yml") + ":5: recipients[1].email: missing required field "
						+ "(expected an e-mail address such as ops@example.com)",
				file("recipients.yml") + ":7: recipients[1].colour: unknown field "
						+ "(expected one of email, name, role, clients, alerts, alert-kinds, reports, timezone, "
						+ "quiet-hours, wake-at-limit, digest-at)");
	}

	@Test
	void quietHoursAndDigestTimesAreCheckedWithTheirLines() throws IOException {
		Files.writeString(this.config.resolve("recipients.yml"), """
				recipients:
				  - email: night@example.com
				    role: superadmin
				    timezone: Europe/Berlin
				    quiet-hours: 22:00-22:00
				  - email: late@example.com
				    role: superadmin
				    timezone: Mars/Olympus
				    quiet-hours: 22-7
				    digest-at: 25:00
				""");

		assertThat(lines(check(Map.of()))).containsExactly(
				file("recipients.yml") + ":5: recipients[0].quiet-hours: the range starts and ends at 22:00: "
						+ "'22:00-22:00' (expected a range of times such as 22:00-07:00)",
				file("recipients.yml") + ":8: recipients[1].timezone: unknown time zone 'Mars/Olympus' "
						+ "(expected a time zone such as UTC or Europe/Berlin)",
				file("recipients.yml") + ":9: recipients[1].quiet-hours: not a range of times: '22-7' "
						+ "(expected a range of times such as 22:00-07:00)",
				file("recipients.yml") + ":10: recipients[1].digest-at: not a time of day: '25:00' "
						+ "(expected a time of day such as 07:00 or 22:30)");
	}

	@Test
	void settingsInApplicationYmlAreCheckedByTheirSpringNames() throws IOException {
		Files.writeString(this.config.resolve("application.yml"), """
				spring:
				  mail:
				    host: smtp.example.com
				forge:
				  timezone: Mars/Olympus
				  outputDir: reports
				  thresholds: 80,90,abc
				  mail.transport: pigeon
				  colour: teal
				""");

		assertThat(lines(check(Map.of()))).satisfiesExactly(
				(line) -> assertThat(line).isEqualTo(file("application.yml") + ":5: forge.timezone: unknown time zone "
						+ "'Mars/Olympus' (expected a time zone such as UTC or Europe/Berlin)"),
				(line) -> assertThat(line).isEqualTo(file("application.yml") + ":7: forge.thresholds: not a whole "
						+ "number: 'abc' (expected a list of a whole number from 1 to 1000)"),
				(line) -> assertThat(line).isEqualTo(file("application.yml")
						+ ":8: forge.mail.transport: unknown value 'pigeon' (expected one of smtp, file)"),
				(line) -> assertThat(line)
					.startsWith(file("application.yml")
							+ ":9: forge.colour: unknown setting (expected one of forge.admin-base-url, ")
					.contains("forge.output-dir", "forge.timezone"));
	}

	@Test
	void schedulesNeedAValidCronZoneJobAndParametersOfTheirJob() throws IOException {
		Files.writeString(this.jobs.resolve("nightly.yml"), """
				name: nightly
				job: quota-alerts
				cron: "0 61 * * * ?"
				timezone: Europe/Atlantis
				period: 7d
				""");
		Files.writeString(this.jobs.resolve("broken.yml"), """
				name: broken
				job: compact-database
				cron: "0 0 1 * * ?"
				timezone: UTC
				""");

		assertThat(lines(check(Map.of()))).satisfiesExactly(
				(line) -> assertThat(line).startsWith(jobsFile("broken.yml")
						+ ":2: job: unknown value 'compact-database' (expected one of daily-rollup"),
				(line) -> assertThat(line).startsWith(jobsFile("nightly.yml") + ":3: cron: invalid cron '0 61 * * * ?'"),
				(line) -> assertThat(line).isEqualTo(jobsFile("nightly.yml")
						+ ":4: timezone: unknown time zone 'Europe/Atlantis' (expected a time zone such as UTC or Europe/Berlin)"),
				(line) -> assertThat(line).isEqualTo(jobsFile("nightly.yml")
						+ ":5: period: not a parameter of job quota-alerts (expected no parameters for quota-alerts)"));
	}

	@Test
	void rolesWebhooksTokensAndEnvironmentReferencesAreChecked() throws IOException {
		Files.writeString(this.config.resolve("users.yml"), """
				users:
				  - name: ops
				    role: admin
				    token-sha256: abc
				""");
		Files.writeString(this.config.resolve("webhooks.yml"), """
				endpoints:
				  - name: pager
				    url: ftp://hooks.example.com
				    secret: ${PAGER_SECRET}
				    events: [quota.threshold_crossed, quota.exploded]
				""");

		assertThat(lines(check(Map.of()))).containsExactly(
				file("users.yml") + ":2: users[0].clients: an admin sees no client (expected at least one client id or slug)",
				file("users.yml") + ":4: users[0].token-sha256: not a SHA-256 in hex "
						+ "(expected 64 hexadecimal digits (the SHA-256 of the token))",
				file("webhooks.yml") + ":3: endpoints[0].url: not an http(s) URL: 'ftp://hooks.example.com' "
						+ "(expected an http:// or https:// URL)",
				file("webhooks.yml") + ":4: endpoints[0].secret: environment variable PAGER_SECRET is not set "
						+ "(expected it to be set where Forge Monitor runs)",
				file("webhooks.yml") + ":5: endpoints[0].events[1]: unknown value 'quota.exploded' "
						+ "(expected one of quota.threshold_crossed, quota.recovered, quota.projected_exhaustion, "
						+ "usage.unusual_day, job.failed, report.published)");
		assertThat(check(Map.of("PAGER_SECRET", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).problems())
			.noneMatch((p) -> p.field().equals("endpoints[0].secret"));
	}

	@Test
	void webhooksGoNeitherInsideNorWithCredentialsUnlessAnEndpointAllowsPrivateAddresses() throws IOException {
		Files.writeString(this.config.resolve("webhooks.yml"), """
				endpoints:
				  - name: metadata
				    url: http://169.254.169.254/latest/meta-data
				    secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
				    events: [job.failed]
				  - name: loopback
				    url: http://127.0.0.1:8080/hook
				    secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
				    events: [job.failed]
				  - name: with-password
				    url: https://user:pass@hooks.example.com/forge
				    secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
				    events: [job.failed]
				  - name: own-receiver
				    url: http://10.0.0.5/hook
				    secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
				    events: [job.failed]
				    allow-private: true
				""");

		assertThat(lines(check(Map.of()))).containsExactly(
				file("webhooks.yml") + ":3: endpoints[0].url: 169.254.169.254 is a link-local address: set allow-private: "
						+ "true to call it (expected a public http(s) URL, or allow-private: true)",
				file("webhooks.yml") + ":7: endpoints[1].url: 127.0.0.1 is a loopback address: set allow-private: true "
						+ "to call it (expected a public http(s) URL, or allow-private: true)",
				file("webhooks.yml") + ":11: endpoints[2].url: credentials in the URL (user:password@) are refused: the "
						+ "endpoint's secret signs every call (expected a public http(s) URL, or allow-private: true)");
	}

	@Test
	void recipientsThatCouldInjectMailHeadersAreRefused() throws IOException {
		Files.writeString(this.config.resolve("recipients.yml"), """
				recipients:
				  - email: ops@example.com
				    name: "Ops\\nBcc: victim@example.com"
				    role: superadmin
				  - email: "ops@example.com, other@example.com"
				    role: superadmin
				""");

		assertThat(lines(check(Map.of()))).containsExactly(
				file("recipients.yml") + ":3: recipients[0].name: line break in a text that goes into mail headers "
						+ "(expected a text on one line)",
				file("recipients.yml") + ":5: recipients[1].email: not an e-mail address: "
						+ "'ops@example.com, other@example.com' (expected an e-mail address such as ops@example.com)");
	}

	@Test
	void yamlSyntaxErrorsAndUnknownFilesAreReported() throws IOException {
		Files.writeString(this.config.resolve("tenants.yml"), "tenants:\n  - client: acme\n    url: [unclosed\n");
		Files.writeString(this.config.resolve("tenant.yml"), "tenants: []\n");

		assertThat(lines(check(Map.of()))).satisfiesExactly(
				(line) -> assertThat(line).isEqualTo(file("tenant.yml") + ":1: (file): unknown configuration file "
						+ "(expected one of application.yml, tenants.yml, recipients.yml, webhooks.yml, users.yml)"),
				(line) -> assertThat(line).startsWith(file("tenants.yml") + ":4: (yaml): not valid YAML"));
	}

	private ConfigChecker.Result check(Map<String, String> environment) {
		return new ConfigChecker(environment, ForgeJobs.CATALOG).check(this.config, this.jobs);
	}

	private static List<String> lines(ConfigChecker.Result result) {
		return result.problems().stream().map(ConfigProblem::toString).toList();
	}

	private String file(String name) {
		return this.config.resolve(name).toString();
	}

	private String jobsFile(String name) {
		return this.jobs.resolve(name).toString();
	}

	private static Path copyDirectory(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
		return to;
	}

}
