package com.sidekickforge.monitor.report;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import com.sidekickforge.monitor.testsupport.CommandLine.Run;
import com.sidekickforge.monitor.testsupport.DemoReports;
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
			boolean everySectionShown = chromium.evaluate("[...document.querySelectorAll('main section')]"
					+ ".every((s) => getComputedStyle(s).display !== 'none' && s.getBoundingClientRect().height > 0)").asBoolean();
			assertThat(twoColumns).as("two columns at " + width).isEqualTo(width >= 1024);
			assertThat(everySectionShown).as("every section at " + width + " px").isTrue();
			assertThat(chromium.evaluate("document.documentElement.scrollWidth").asInt()).as("nothing wider than the window")
				.isLessThanOrEqualTo(width);
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

		// A series of the trend chart can be switched off, and on again.
		String hidden = "[...document.querySelectorAll('.trend-chart svg *')].some((e) => e.style.display === 'none')";
		chromium.evaluate("document.querySelector('.series-toggle').click()");
		assertThat(chromium.evaluate(hidden).asBoolean()).isTrue();
		assertThat(chromium.evaluate("document.querySelector('.series-toggle').getAttribute('aria-pressed')").asString())
			.isEqualTo("false");
		chromium.evaluate("document.querySelector('.series-toggle').click()");
		assertThat(chromium.evaluate(hidden).asBoolean()).isFalse();
		assertThat(chromium.errors).isEmpty();
	}

	@Test
	void everyChartTellsItsValuesOnHoverAndOnKeyboardFocus() {
		chromium.open(site.resolve("clients/krakow-tech-hub/index.html").toUri().toString(), 1280, 900);
		String tip = "document.getElementById('chart-tip')";
		// Each of the period's days is one target over the trend chart, holding its date and its three values.
		int days = chromium.evaluate("JSON.parse(document.getElementById('forge-data').textContent).period_end.slice(8) * 1")
			.asInt();
		assertThat(chromium.evaluate("document.querySelectorAll('.trend-chart[data-period=\"current\"] .hit').length").asInt())
			.isEqualTo(days);
		chromium.hover(".trend-chart[data-period=\"current\"] .hit:last-of-type");
		assertThat(chromium.evaluate(tip + ".hidden").asBoolean()).isFalse();
		assertThat(chromium.evaluate(tip + ".textContent").asString())
			.matches("Wed 25 Nov 2026( \\(estimated\\))?: [\\d,.]+ minutes \u00b7 [\\d,]+ messages \u00b7 [\\d,]+ chunks");
		// The bars of the hours and of the statuses too.
		chromium.hover(".charts .hit");
		assertThat(chromium.evaluate(tip + ".textContent").asString()).matches("00:00 to 01:00 \\(UTC\\): [\\d,]+ conversations?");
		// The heatmap's hours and the error rate's days name theirs too.
		chromium.hover(".period-block:not([hidden]) .heatmap td");
		assertThat(chromium.evaluate(tip + ".textContent").asString()).matches("Mon 0:00 to 1:00: [\\d,]+ conversations?");
		chromium.hover(".error-rate:not([hidden]) .sparkline i");
		assertThat(chromium.evaluate(tip + ".textContent").asString()).matches("Sun 1 Nov 2026: (error rate [\\d.]+\u00a0%|no actions)");
		// The keyboard reaches the same targets and the tip follows the focus, with a visible focus ring.
		chromium.evaluate("document.querySelector('.trend-chart[data-period=\"current\"] .hit').focus(); true");
		assertThat(chromium.evaluate(tip + ".textContent").asString()).matches("Sun 1 Nov 2026( \\(estimated\\))?: .+ chunks");
		chromium.evaluate("document.activeElement.blur(); document.querySelector('#period').focus(); true");
		chromium.press("Tab");
		assertThat(chromium.evaluate("document.activeElement.tagName + ' ' + document.activeElement.matches(':focus-visible')")
			.asString()).isEqualTo("BUTTON true");
		assertThat(chromium.errors).isEmpty();
	}

	@Test
	void theClientFilterOpensTheClientsOwnPageInTheSamePeriodAndLeadsBack() {
		chromium.open(site.resolve("index.html").toUri().toString(), 1280, 900);
		chromium.evaluate("(() => { const s = document.getElementById('period'); s.value = '7d';"
				+ " s.dispatchEvent(new Event('change')); })()");
		String krakow = chromium.evaluate("[...document.querySelectorAll('#client-filter option')]"
				+ ".find((o) => o.textContent === 'Kraków Tech Hub').value").asString();
		assertThat(krakow).isEqualTo("clients/krakow-tech-hub/index.html");
		chromium.evaluate("(() => { const s = document.getElementById('client-filter'); s.value = '" + krakow + "';"
				+ " s.dispatchEvent(new Event('change')); })()");
		Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
			.until(() -> chromium.evaluate("location.pathname.endsWith('/clients/krakow-tech-hub/index.html')"
					+ " && document.readyState === 'complete'").asBoolean());

		// Every panel is the client's: its name, its own quotas (used / limit), its sidekicks only, its period.
		assertThat(chromium.evaluate("document.getElementById('scope').textContent").asString()).isEqualTo("Kraków Tech Hub");
		assertThat(chromium.evaluate("document.getElementById('period').value").asString()).isEqualTo("7d");
		assertThat(chromium.evaluate("document.querySelector('.trend-chart[data-period=\"7d\"]').hidden").asBoolean()).isFalse();
		assertThat(chromium.evaluate("[...document.querySelectorAll('.sidekick')].every((s) => s.dataset.clientName === 'Kraków Tech Hub')")
			.asBoolean()).isTrue();
		assertThat(chromium.evaluate("document.querySelector('#usage-cards .ring').textContent").asString()).contains("/");
		// ... and the way back keeps the period.
		assertThat(chromium.evaluate("document.getElementById('all-clients').hidden").asBoolean()).isFalse();
		chromium.click("#all-clients");
		Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
			.until(() -> chromium.evaluate("location.pathname.endsWith('/site/index.html') && document.readyState === 'complete'")
				.asBoolean());
		assertThat(chromium.evaluate("document.getElementById('period').value").asString()).isEqualTo("7d");
		assertThat(chromium.evaluate("document.getElementById('scope').textContent").asString()).isEqualTo("All clients");
		assertThat(chromium.errors).isEmpty();
	}

	@Test
	void aSnapshotOfACustomPeriodOffersItInItsSelector() throws Exception {
		Path file = site.resolveSibling("custom.html");
		Run export = DemoReports.export("--format", "html", "--period", "custom", "--from", "2026-11-10", "--to",
				"2026-11-20", "--out", file.toString());
		assertThat(export.exitCode()).as(export.err()).isZero();
		chromium.open(file.toUri().toString(), 1280, 900);
		assertThat(chromium.evaluate("document.getElementById('period').value").asString()).isEqualTo("custom");
		assertThat(chromium.evaluate("document.getElementById('period').selectedOptions[0].textContent").asString())
			.isEqualTo("Custom, 10\u201320 Nov");
		assertThat(chromium.evaluate("document.querySelectorAll('.trend-chart[data-period=\"custom\"] .hit').length").asInt())
			.isEqualTo(11);
		// A lone file has no client pages beside it: no client filter that could only hide two panels.
		assertThat(chromium.evaluate("document.getElementById('client-filter') === null").asBoolean()).isTrue();
	}

	@Test
	void onAPhoneEverySectionIsThereFoldedToItsHeadingAndOpensByIt() {
		chromium.open(site.resolve("index.html").toUri().toString(), 375, 800);
		// Health stays open (what a phone is opened for); the rest is folded.
		assertThat(chromium.evaluate("[...document.querySelectorAll('section.detail:not(#health-panel)')]"
				+ ".every((s) => s.classList.contains('folded') && s.querySelector('h2').getAttribute('aria-expanded') === 'false')")
			.asBoolean()).isTrue();
		assertThat(chromium.evaluate("document.getElementById('health-panel').classList.contains('folded')").asBoolean())
			.isFalse();
		assertThat(chromium.evaluate("getComputedStyle(document.querySelector('#trends figure')).display").asString())
			.isEqualTo("none");
		chromium.click("#trends > h2");
		assertThat(chromium.evaluate("document.querySelector('#trends h2').getAttribute('aria-expanded')").asString())
			.isEqualTo("true");
		assertThat(chromium.evaluate("document.querySelector('#trends .trend-chart:not([hidden]) svg').getBoundingClientRect().width")
			.asDouble()).isGreaterThan(300);
		// No text cut off: the period selector shows its whole label, nothing is wider than the phone.
		assertThat(chromium.evaluate("(() => { const s = document.getElementById('period'); return s.scrollWidth <= s.clientWidth; })()")
			.asBoolean()).isTrue();
		assertThat(chromium.evaluate("document.documentElement.scrollWidth").asInt()).isLessThanOrEqualTo(375);
		assertThat(chromium.errors).isEmpty();
	}

	@Test
	void axeFindsNoWcag21ViolationOnThePageOfAllClientsAndAClientsPage() {
		for (String page : new String[] { "index.html", "clients/krakow-tech-hub/index.html" }) {
			for (int width : new int[] { 1280, 375 }) {
				chromium.open(site.resolve(page).toUri().toString(), width, 900);
				chromium.paintWorstCaseBackground();
				assertThat(chromium.accessibilityViolations()).as(page + " at " + width + " px").isEmpty();
			}
		}
	}

	@Test
	void aPublishedDashboardReloadsItsDataJsonWithoutReloadingThePage() throws Exception {
		Path published = Files.createTempDirectory("forge-published");
		Path page = site.resolve("clients/krakow-tech-hub/index.html");
		// Served as a web server would, with the refresh every second instead of every minute.
		Files.writeString(published.resolve("index.html"),
				Files.readString(page).replace("data-refresh-seconds=\"60\"", "data-refresh-seconds=\"1\""));
		Files.copy(site.resolve("clients/krakow-tech-hub/data.json"), published.resolve("data.json"));
		HttpServer server = HttpServer
			.create(new InetSocketAddress("127.0.0.1", 0), 0);
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
					data.replaceFirst("\"as_of\":\"[^\"]+\"", "\"as_of\":\"2026-11-26T08:30:00Z\""));

			Awaitility.await().atMost(Duration.ofSeconds(20))
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
