package com.sidekickforge.monitor.delivery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.sidekickforge.monitor.config.ForgeProperties;
import com.sidekickforge.monitor.testsupport.CommandLine;
import com.sidekickforge.monitor.testsupport.CommandLine.Run;
import com.sidekickforge.monitor.testsupport.SmtpServer;
import com.sidekickforge.monitor.testsupport.WebhookReceiver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report job mailing its schedule's recipients through a real SMTP server (GreenMail): each mailbox gets the
 * report of its own scope, the PDF and CSV attached, and nothing of any other client, in the body or the files.
 */
class ReportDeliveryTests {

	@Test
	void eachRecipientGetsOnlyTheReportOfTheirScope() throws Exception {
		Path out = Files.createTempDirectory("forge-delivery");
		Run demo = CommandLine.run("demo", "--out", out.toString(), "--clients", "4", "--as-of", "2026-11-25");
		assertThat(demo.exitCode()).as(demo.err()).isZero();
		Files.writeString(out.resolve("config/recipients.yml"), """
				recipients:
				  - email: ops@example.com
				    role: superadmin
				    reports: [weekly-report]
				  - email: owner@cafe.example
				    role: subscriber
				    clients: [cafe-noir-bistro]
				    reports: [weekly-report]
				  - email: partner@agency.example
				    role: admin
				    clients: [clinica-dental-sonrisa, zurich-rechtsanwalte-ag]
				    reports: [weekly-report]
				  - email: nobody@example.com
				    role: subscriber
				    clients: [cafe-noir-bistro]
				    reports: [another-schedule]
				""");
		List<Map<String, Object>> clients = JdbcClient
			.create(new DriverManagerDataSource(ForgeProperties.h2FileUrl(out.resolve("data/platform"))))
			.sql("SELECT CAST(id AS varchar) AS id, name FROM clients").query().listOfRows();
		String secret = "whsec_" + Base64.getEncoder()
			.encodeToString("a-test-secret-of-32-bytes-length".getBytes(StandardCharsets.UTF_8));
		try (SmtpServer smtp = new SmtpServer(); WebhookReceiver receiver = new WebhookReceiver(secret)) {
			Files.writeString(out.resolve("config/webhooks.yml"), """
					endpoints:
					  - name: ops-board
					    url: %s
					    allow-private: true
					    secret: %s
					    events: [report.published]
					""".formatted(receiver.url(), secret));
			Run report = CommandLine.run("run", "report", "schedule=weekly-report", "deliver=email", "formats=pdf,csv,json",
					"at=2026-11-25T23:59:00Z", "--forge.output-dir=" + out, "--forge.config-dir=" + out.resolve("config"),
					"--forge.mail.transport=smtp", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port());
			assertThat(report.exitCode()).as(report.out() + report.err()).isZero();

			List<MimeMessage> received = smtp.received();
			assertThat(received).extracting(ReportDeliveryTests::to)
				.containsExactlyInAnyOrder("ops@example.com", "owner@cafe.example", "partner@agency.example",
						"partner@agency.example");
			for (MimeMessage mail : received) {
				String to = to(mail);
				String content = content(mail);
				List<String> mine = switch (to) {
					case "ops@example.com" -> clients.stream().map((c) -> (String) c.get("name")).toList();
					case "owner@cafe.example" -> List.of("Café <Noir> & Bistro");
					default -> List.of(mail.getSubject().contains("Clínica") ? "Clínica Dental Sonrisa"
							: "Zürich Rechtsanwälte AG");
				};
				assertThat(content).as(to).contains("summary-current.pdf").contains(mine.get(0));
				for (Map<String, Object> client : clients) {
					if (!mine.contains(client.get("name"))) {
						assertThat(content).as(to + " sees " + client.get("name"))
							.doesNotContain((String) client.get("name"))
							.doesNotContain((String) client.get("id"));
					}
				}
			}
			MimeMessage ops = received.stream().filter((m) -> to(m).equals("ops@example.com")).findFirst().orElseThrow();
			assertThat(ops.getSubject()).startsWith("Forge Monitor report: All clients");

			// The same run again (a restart, a rerun of the fire): nothing is mailed twice.
			Run again = CommandLine.run("run", "report", "schedule=weekly-report", "deliver=email", "formats=pdf,csv,json",
					"at=2026-11-25T23:59:00Z", "--forge.output-dir=" + out, "--forge.config-dir=" + out.resolve("config"),
					"--forge.mail.transport=smtp", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port());
			assertThat(again.exitCode()).isZero();
			assertThat(smtp.received()).hasSize(4);
			assertThat(receiver.received()).as("report.published once, signed").hasSize(1).allSatisfy((hook) -> {
				assertThat(hook.signatureValid()).isTrue();
				assertThat(hook.body()).contains("\"type\":\"report.published\"", "\"schedule\":\"weekly-report\"",
						"\"exports/summary-current.pdf\"", "\"trigger\":\"schedule\"").doesNotContain(out.toString())
					.doesNotContain("\"dashboard\""); // no html asked for: no site published
			});

			// A mail that cannot be composed (a designer broke the template) fails the run, which says so, and queues
			// none; once the template is mended, the same run restarts and mails everyone once.
			Path templates = Files.createTempDirectory("forge-broken-templates");
			Files.createDirectories(templates.resolve("mail"));
			Files.writeString(templates.resolve("mail/report.html"), "<p th:text=\"${#no.such.thing()}\">x</p>");
			smtp.clear();
			Run broken = CommandLine.run("run", "report", "schedule=weekly-report", "deliver=email", "formats=pdf,csv",
					"at=2026-11-25T23:30:00Z", "--forge.output-dir=" + out, "--forge.config-dir=" + out.resolve("config"),
					"--forge.templates-dir=" + templates, "--forge.mail.transport=smtp", "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + smtp.port());
			assertThat(broken.exitCode()).as(broken.out() + broken.err()).isEqualTo(1);
			assertThat(broken.out() + broken.err()).contains("cannot be composed");
			assertThat(smtp.received()).extracting(MimeMessage::getSubject)
				.as("the failure is announced, no report is mailed")
				.allMatch((subject) -> subject.contains("report failed"));
			Run mended = CommandLine.run("run", "report", "schedule=weekly-report", "deliver=email", "formats=pdf,csv",
					"at=2026-11-25T23:30:00Z", "--forge.output-dir=" + out, "--forge.config-dir=" + out.resolve("config"),
					"--forge.mail.transport=smtp", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port());
			assertThat(mended.exitCode()).as(mended.out() + mended.err()).isZero();
			assertThat(smtp.received()).as("the failure notice, then the four mails of the restarted run").hasSize(1 + 4)
				.filteredOn((mail) -> subject(mail).startsWith("Forge Monitor report"))
				.extracting(ReportDeliveryTests::to)
				.containsExactlyInAnyOrder("ops@example.com", "owner@cafe.example", "partner@agency.example",
						"partner@agency.example");
		}
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String to(MimeMessage mail) {
		try {
			return mail.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Everything a person can read in a mail: subject, text and HTML parts, the text of attached PDFs, CSVs. */
	private static String content(MimeMessage mail) throws Exception {
		StringBuilder text = new StringBuilder(mail.getSubject()).append('\n');
		collect(mail, text);
		return text.toString();
	}

	private static void collect(Part part, StringBuilder text) throws Exception {
		if (part.getFileName() != null) {
			text.append(part.getFileName()).append('\n');
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), text);
			}
		}
		else if (part.isMimeType("application/pdf")) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			part.getDataHandler().writeTo(bytes);
			try (var pdf = Loader.loadPDF(bytes.toByteArray())) {
				text.append(new PDFTextStripper().getText(pdf));
			}
		}
		else if (part.isMimeType("text/*")) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			part.getDataHandler().writeTo(bytes);
			text.append(bytes.toString(StandardCharsets.UTF_8));
		}
	}

}
