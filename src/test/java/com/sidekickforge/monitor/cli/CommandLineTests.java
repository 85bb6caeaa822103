package com.sidekickforge.monitor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;

import com.sidekickforge.monitor.testsupport.CommandLine.Run;

import static com.sidekickforge.monitor.testsupport.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user runs it: exit codes, the demo's summary and files, reuse, errors. */
class CommandLineTests {

	@TempDir
	Path temp;

	@Test
	void versionAndHelpNeedNoDatabase() {
		Run version = run("--version");
		Run help = run("demo", "--help");
		Run unknown = run("frobnicate");

		assertThat(version.exitCode()).isZero();
		assertThat(version.out()).startsWith("forge-monitor ");
		assertThat(help.out()).contains("--out", "--clients", "--seed", "--as-of");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).contains("Unmatched argument");
	}

	@Test
	void serveRefusesToStartWithWhatCheckConfigRefusesAndSaysWhereAsItDoes() throws IOException {
		Path config = Files.createDirectories(this.temp.resolve("config"));
		Files.createDirectories(this.temp.resolve("jobs"));
		Files.writeString(config.resolve("users.yml"), """
				users:
				  - name: ops
				    role: superadmin
				    token-sha256: not-a-hash
				""");
		Files.writeString(config.resolve("recipients.yml"), """
				a: &a ["x","x","x","x","x","x","x","x","x"]
				b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
				c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
				d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
				e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
				f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
				""");
		Files.writeString(config.resolve("webhooks.yml"), """
				endpoints:
				  - name: metadata
				    url: http://169.254.169.254/latest
				    secret: whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
				    events: [job.failed]
				""");
		String[] dirs = { "--forge.config-dir=" + config, "--forge.jobs-dir=" + this.temp.resolve("jobs") };

		Run check = run("check-config", dirs[0], dirs[1]);
		Run serve = run("serve", dirs[0], dirs[1], "--server.port=0", "--forge.output-dir=" + this.temp.resolve("out"));

		assertThat(check.exitCode()).isEqualTo(2);
		assertThat(serve.exitCode()).as(serve.out() + serve.err()).isEqualTo(2);
		for (String file : new String[] { "users.yml:4", "recipients.yml:", "webhooks.yml:3" }) {
			assertThat(check.err()).contains(file);
			assertThat(serve.err()).contains(file);
		}
		assertThat(serve.err()).contains("Not started").doesNotContain("Exception");

		// A bad zone, a URL that is no JDBC URL, a header injected into an address: the same, each where it is.
		Path other = Files.createDirectories(this.temp.resolve("config-other"));
		Files.writeString(other.resolve("application.yml"), "forge:\n  timezone: Mars/Olympus_Mons\n");
		Files.writeString(other.resolve("tenants.yml"), "tenants:\n  - client: acme\n    url: postgresql://tenant\n");
		Files.writeString(other.resolve("recipients.yml"), """
				recipients:
				  - email: "ops@example.com\\r\\nBcc: everyone@example.com"
				    role: superadmin
				    clients: []
				""");
		Run refused = run("serve", "--forge.config-dir=" + other, dirs[1], "--server.port=0",
				"--forge.output-dir=" + this.temp.resolve("out"));
		assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(2);
		assertThat(refused.err()).contains("application.yml:2: forge.timezone: unknown time zone",
				"tenants.yml:3: tenants[0].url: unsupported database URL",
				"recipients.yml:2: recipients[0].email: line break").doesNotContain("Exception");
	}

	@Test
	void theDemoFillsItsDatabasesPrintsWhereThingsAreAndReusesThemNextTime() throws Exception {
		Path out = this.temp.resolve("out");

		Run first = run("demo", "--out", out.toString(), "--clients", "5", "--as-of", "2026-11-25");
		List<String> mailsAfterFirst = files(out.resolve("mail"));
		Run second = run("demo", "--out", out.toString(), "--clients", "5", "--as-of", "2026-11-25");
		Run query = run("sql", "--out", out.toString(), "--db", "zurich-rechtsanwalte-ag",
				"SELECT COUNT(*) AS voice FROM conversations WHERE channel = 'voice'");

		assertThat(first.exitCode()).as(first.err()).isZero();
		assertThat(first.out()).contains("Generated", "Clients: 5", "zurich-rechtsanwalte-ag", "unlimited voice minutes",
				"o-brien-daughters-plumbing", "over the voice quota", "conversation_transcripts", "tenants.yml");
		assertThat(first.out()).containsPattern("daily-rollup +COMPLETED")
			.containsPattern("tracking gap +moller-logistics embedding_chunks since 2026-11-01: counter 0, events [1-9]")
			.doesNotContainPattern("tracking gap ++(?!moller)");
		assertThat(out.resolve("data/platform.mv.db")).isRegularFile();
		assertThat(out.resolve("data/tenants/clinica-dental-sonrisa.mv.db")).isRegularFile();
		assertThat(Files.readString(out.resolve("config/tenants.yml"))).contains("client: clinica-dental-sonrisa",
				"client: zurich-rechtsanwalte-ag", "jdbc:h2:file:").doesNotContain("cafe-noir-bistro");
		assertThat(out.resolve("config/recipients.yml")).isRegularFile();
		// The client over its voice quota is alerted: mails to ops and the owner, a webhook, as files.
		assertThat(first.out()).containsPattern("quota-alerts +COMPLETED")
			.containsPattern("quota alert +o-brien-daughters-plumbing voice_seconds [0-9.]+ % \\(threshold 80, 90, 100 %\\)");
		assertThat(mailsAfterFirst).anyMatch((f) -> f.endsWith("-ops@example.com.eml"))
			.anyMatch((f) -> f.endsWith("-owner@o-brien-daughters-plumbing.example.com.eml"));
		assertThat(files(out.resolve("webhooks"))).isNotEmpty().allMatch((f) -> f.endsWith("-demo-receiver.json"));
		// Then the reports: the dashboard to open, every client's files.
		assertThat(first.out()).containsPattern("report +COMPLETED").contains("site/index.html (open it in a browser");
		assertThat(out.resolve("site/index.html")).isRegularFile();
		assertThat(out.resolve("exports/clients/zurich-rechtsanwalte-ag/summary-current.pdf")).isRegularFile();
		assertThat(Files.readString(out.resolve("mail").resolve(mailsAfterFirst.getFirst())))
			.contains("Content-Type: multipart/", "text/html", "text/plain", "image/png", "Content-ID: <quota-ring>");
		assertThat(second.exitCode()).isZero();
		assertThat(files(out.resolve("mail"))).as("the second run alerts nothing again").isEqualTo(mailsAfterFirst);
		assertThat(second.out()).contains("Reused the demo databases").doesNotContain("Generated");
		assertThat(query.exitCode()).as(query.err()).isZero();
		assertThat(query.out()).contains("voice", "(1 rows)");
		// The demo's people: a token each, signed with the demo's own secret, for the platform's memberships.
		assertThat(first.out()).contains("Sign in to serve", "FORGE_AUTH_PLATFORM_JWT_SECRET=$(cat ",
				"superadmin@demo.sidekickforge.test", "curl -H \"Authorization: Bearer <token>\"");
		Matcher admin = Pattern
			.compile("admin +admin@demo\\.sidekickforge\\.test +(\\S+), (\\S+)\\s+(eyJ\\S+)")
			.matcher(first.out());
		assertThat(admin.find()).as(first.out()).isTrue();
		var token = SignedJWT.parse(admin.group(3));
		String secret = Files.readString(out.resolve("data/demo-jwt-secret")).trim();
		assertThat(token.verify(new MACVerifier(secret.getBytes(StandardCharsets.UTF_8))))
			.isTrue();
		Run memberships = run("sql", "--out", out.toString(), "SELECT COUNT(*) AS n FROM tenant_memberships WHERE user_id = '"
				+ token.getJWTClaimsSet().getSubject() + "' AND status = 'active'");
		assertThat(memberships.out()).as(memberships.err()).containsPattern("\\b2\\b");
	}

	private static List<String> files(Path directory) throws IOException {
		try (var files = Files.list(directory)) {
			return files.map((f) -> f.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void jobsListsEverySchedulesNextFireTimesInItsZone() throws IOException {
		Path jobs = Files.createDirectories(this.temp.resolve("jobs"));
		Files.writeString(jobs.resolve("night-rollup.yml"), """
				name: night-rollup
				job: daily-rollup
				cron: "0 30 2 * * ?"
				timezone: Europe/Berlin
				misfire: skip
				""");
		Files.writeString(jobs.resolve("weekly-report.yml"), """
				name: weekly-report
				job: report
				cron: "0 0 7 ? * MON"
				timezone: America/New_York
				period: 7d
				formats: [pdf, csv]
				""");

		Run listed = run("jobs", "--next", "2", "--forge.jobs-dir=" + jobs, "--forge.now=2026-03-28T12:00:00Z",
				"--forge.output-dir=" + this.temp.resolve("out"));

		assertThat(listed.exitCode()).as(listed.err()).isZero();
		assertThat(listed.out()).contains("night-rollup  (job daily-rollup, cron \"0 30 2 * * ?\", Europe/Berlin, misfire skip)",
				"next        Sun 2026-03-29 03:30 CEST (+02:00)", "next        Mon 2026-03-30 02:30 CEST (+02:00)",
				"weekly-report  (job report", "parameters  period=7d formats=pdf,csv",
				"next        Mon 2026-03-30 07:00 EDT (-04:00)", "last run    never");
	}

	@Test
	void badSettingsAndUsageExitWithTwo() {
		Run zone = run("demo", "--out", this.temp.resolve("o").toString(), "--clients", "1",
				"--forge.timezone=Mars/Olympus");
		Run clients = run("demo", "--clients", "0");

		assertThat(zone.exitCode()).isEqualTo(2);
		assertThat(zone.err()).contains("forge.timezone");
		assertThat(clients.exitCode()).isEqualTo(2);
		assertThat(clients.err()).contains("--clients must be between 1 and 100000");
	}

	@Test
	void checkConfigExitsWithTwoAndPrintsEveryProblem() throws IOException {
		Path config = Files.createDirectories(this.temp.resolve("config"));
		Files.writeString(config.resolve("users.yml"), "users:\n  - name: ops\n    role: god\n");

		Run ok = run("check-config");
		Run broken = run("check-config", "--forge.config-dir=" + config);

		assertThat(ok.exitCode()).as(ok.err()).isZero();
		assertThat(ok.out()).startsWith("Configuration OK");
		assertThat(broken.exitCode()).isEqualTo(2);
		assertThat(broken.err()).contains(config.resolve("users.yml") + ":3: users[0].role: unknown value 'god'",
				config.resolve("users.yml") + ":2: users[0].token-sha256: missing required field", "2 problems");
	}

}
