package com.sidekickforge.monitor.report;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sidekickforge.monitor.testsupport.DemoReports;
import com.sidekickforge.monitor.testsupport.CommandLine.Run;
import com.sidekickforge.monitor.testsupport.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published dashboards opened in headless Chromium as people open them (a file, no server): at desktop,
 * tablet and phone widths no console error and no request at all; sections present; the period selector, a
 * timeline filter, a client section and a sidekick card doing what they should; hostile names shown as text.
 */
class DashboardBrowserTests {

	static Path site;

	static HeadlessChromium chromium;

	@BeforeAll
	static void open() {
		site = DemoReports.out().resolve("site");
		chromium = new HeadlessChromium();
	}

	@AfterAll
	static void close() {
		chromium.close();
	}

	@Test
	void theAdminDashboardLoadsAtThreeWidthsWithoutErrorsOrRequests() throws Exception {
		for (int width : new int[] { 1366, 900, 390 }) {
			chromium.open(site.resolve("index.html").toUri().toString(), width, 900);

			assertThat(chromium.errors).as("console errors at " + width + " px").isEmpty();
			assertThat(chromium.requests).as("requests at " + width + " px")
				.allMatch((url) -> url.equals(site.resolve("index.html").toUri().toString()));
			assertThat(chromium.evaluate("['usage-cards','sidekick-grid','trends','health-panel','activity-feed','analytics']"
					+ ".every((id) => document.getElementById(id) !== null)").asBoolean()).isTrue();
			boolean twoColumns = chromium.evaluate("(() => { const m = document.querySelector('.main-col').getBoundingClientRect();"
					+ " const s = document.querySelector('.side-col').getBoundingClientRect(); return s.left >= m.right; })()")
				.asBoolean();
			boolean gridShown = chromium.evaluate("getComputedStyle(document.getElementById('sidekick-grid')).display !== 'none'")
				.asBoolean();
			assertThat(twoColumns).as("two columns at " + width).isEqualTo(width >= 1024);
			assertThat(gridShown).as("sidekick grid at " + width + " (key metrics only below 768)").isEqualTo(width >= 768);
			chromium.screenshot(site.resolveSibling("dashboard-" + width + ".png"));
		}
	}

	@Test
	void thePeriodSelectorTheFiltersAndTheCollapsiblesWork() {
		chromium.open(site.resolve("index.html").toUri().toString(), 1366, 900);
		String visibleEvents = "document.querySelectorAll('.timeline .event:not([hidden])').length";
		long all = chromium.evaluate(visibleEvents).asLong();

		chromium.evaluate("(() => { const s = document.getElementById('event-type'); s.value = 'quota_warning';"
				+ " s.dispatchEvent(new Event('change')); })()");
		long warnings = chromium.evaluate(visibleEvents).asLong();
		boolean onlyWarnings = chromium.evaluate("[...document.querySelectorAll('.timeline .event:not([hidden])')]"
				+ ".every((e) => e.dataset.type === 'quota_warning')").asBoolean();

		assertThat(all).isPositive();
		assertThat(warnings).isPositive().isLessThan(all);
		assertThat(onlyWarnings).isTrue();

		// Of all clients, each is one summary row, closed: the page's length does not grow with the sidekicks. A
		// click opens a client's cards, another closes them.
		String open = "document.querySelector('.client-group').open";
		assertThat(chromium.evaluate(open).asBoolean()).isFalse();
		assertThat(chromium.evaluate("[...document.querySelectorAll('.client-group')].every((g) => !g.open)").asBoolean())
			.isTrue();
		chromium.click(".client-group > summary");
		assertThat(chromium.evaluate(open).asBoolean()).isTrue();
		chromium.click(".client-group > summary");
		assertThat(chromium.evaluate(open).asBoolean()).isFalse();
		// What matters most comes first: the usage cards, the trends, the alerts and health, then the sidekicks.
		assertThat(chromium.evaluate("document.getElementById('usage-cards').getBoundingClientRect().top"
				+ " < document.getElementById('trends').getBoundingClientRect().top"
				+ " && document.getElementById('trends').getBoundingClientRect().top"
				+ " < document.getElementById('alerts').getBoundingClientRect().top").asBoolean()).isTrue();
		assertThat(chromium.evaluate("document.getElementById('trends').getBoundingClientRect().top"
				+ " < document.getElementById('sidekick-grid').getBoundingClientRect().top"
				+ " && document.getElementById('health-panel').getBoundingClientRect().top"
				+ " < document.getElementById('sidekick-grid').getBoundingClientRect().top").asBoolean()).isTrue();
		assertThat(chromium.evaluate("document.getElementById('sidekick-grid').getBoundingClientRect().top").asDouble())
			.as("the sidekicks of twelve clients do not push the page down").isLessThan(2500);
		chromium.evaluate("document.querySelectorAll('.client-group').forEach((g) => g.open = true); true");
		// Names in reading order (Ñandú among the N, Ørsted among the O), thresholds as a person writes them.
		assertThat(chromium.evaluate("[...document.querySelectorAll('.client-group .client-name')]"
				+ ".map((e) => e.textContent).join('|')").asString()).isEqualTo(String.join("|", "\"Best\" Realty Group",
						"Café <Noir> & Bistro", "Clínica Dental Sonrisa", "Hôtel Saint-Éloi", "Kraków Tech Hub",
						"Les Délices de Provence", "Møller Logistics", "Ñandú Outdoor Gear", "O'Brien & Daughters Plumbing",
						"Ørsted Wellness Studio", "São Paulo Imports", "Zürich Rechtsanwälte AG"));
		String alerts = chromium.evaluate("document.getElementById('alerts').textContent").asString();
		assertThat(alerts).containsPattern("crossed 80(, 90)?( and (90|100))?\u00a0%").doesNotContainPattern("\\d,\\d");

		// Another period shows its own figures and chart.
		chromium.evaluate("(() => { const s = document.getElementById('period'); s.value = '7d';"
				+ " s.dispatchEvent(new Event('change')); })()");
		assertThat(chromium.evaluate("document.querySelector('.trend-chart[data-period=\"7d\"]').hidden").asBoolean()).isFalse();
		assertThat(chromium.evaluate("document.querySelector('.trend-chart[data-period=\"current\"]').hidden").asBoolean())
			.isTrue();

		// A sidekick card opens its detail dialog.
		chromium.click(".sidekick");
		assertThat(chromium.evaluate("document.getElementById('sidekick-dialog').open").asBoolean()).isTrue();
		assertThat(chromium.evaluate("document.getElementById('dialog-name').textContent").asString()).isNotBlank();
		assertThat(chromium.evaluate("[...document.querySelectorAll('#dialog-actions a')].map((a) => a.textContent).join()")
			.asString()).contains("Refresh knowledge base");
		// Every action opens the admin's own page, where it is confirmed: no link acts by being followed.
		assertThat(chromium.evaluate("[...document.querySelectorAll('#dialog-actions a, .actions a')]"
				+ ".map((a) => a.getAttribute('href')).join(' ')").asString())
			.startsWith("https://admin.example.com/admin/clients/")
			.doesNotContainPattern("/(pause|resume|clear|refresh)(\\s|$)");

		// A series of the trend chart can be switched off.
		chromium.evaluate("document.querySelector('.series-toggle').click()");
		assertThat(chromium.evaluate("[...document.querySelectorAll('.trend-chart svg *')]"
				+ ".some((e) => e.style.display === 'none')").asBoolean()).isTrue();
		assertThat(chromium.errors).isEmpty();
	}

	@Test
	void aPublishedDashboardReloadsItsDataJsonWithoutReloadingThePage() throws Exception {
		Path published = Files.createTempDirectory("forge-published");
		Path page = site.resolve("clients/krakow-tech-hub/index.html");
		// Served as a web server would, with the refresh every second instead of every minute.
		Files.writeString(published.resolve("index.html"),
				Files.readString(page).replace("data-refresh-seconds=\"60\"", "data-refresh-seconds=\"1\""));
		Files.copy(site.resolve("clients/krakow-tech-hub/data.json"), published.resolve("data.json"));
		com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer
			.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			Path file = published.resolve(exchange.getRequestURI().getPath().substring(1).isEmpty() ? "index.html"
					: exchange.getRequestURI().getPath().substring(1));
			byte[] body = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
			exchange.getResponseHeaders().add("Content-Type",
					file.toString().endsWith(".json") ? "application/json" : "text/html; charset=utf-8");
			exchange.sendResponseHeaders(Files.exists(file) ? 200 : 404, body.length == 0 ? -1 : body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		try {
			chromium.open("http://127.0.0.1:" + server.getAddress().getPort() + "/index.html", 1366, 900);
			chromium.evaluate("window.sameDocument = true");
			String data = Files.readString(published.resolve("data.json"));
			Files.writeString(published.resolve("data.json"),
					data.replaceFirst("\"as_of\" : \"[^\"]+\"", "\"as_of\" : \"2026-11-26T08:30:00Z\""));

			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
				.until(() -> chromium.evaluate("document.getElementById('as-of').textContent").asString()
					.contains("26 Nov 2026"));

			assertThat(chromium.evaluate("window.sameDocument === true").asBoolean()).as("no full reload").isTrue();
			assertThat(chromium.requests).anyMatch((url) -> url.endsWith("/data.json"));
			assertThat(chromium.errors).isEmpty();
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void aClientNamedLikeAScriptShowsAsText() throws Exception {
		String name = "<script>alert(1)</script>";
		DemoReports.platform().sql("UPDATE clients SET name = :name WHERE name = 'Ñandú Outdoor Gear'").param("name", name)
			.update();
		try {
			Path file = site.resolveSibling("xss.html");
			Run export = DemoReports.export("--format", "html", "--client", "script-alert-1-script", "--out",
					file.toString());
			assertThat(export.exitCode()).as(export.err()).isZero();
			assertThat(Files.readString(file)).doesNotContain(name).contains("&lt;script&gt;alert(1)&lt;/script&gt;");

			chromium.open(file.toUri().toString(), 1366, 900);

			assertThat(chromium.errors).as("no alert, no error").isEmpty();
			assertThat(chromium.evaluate("document.getElementById('scope').textContent").asString()).isEqualTo(name);
			assertThat(chromium.evaluate("JSON.parse(document.getElementById('forge-data').textContent).scope.label")
				.asString()).isEqualTo(name);
		}
		finally {
			DemoReports.platform().sql("UPDATE clients SET name = 'Ñandú Outdoor Gear' WHERE name = :name")
				.param("name", name)
				.update();
		}
	}

}
