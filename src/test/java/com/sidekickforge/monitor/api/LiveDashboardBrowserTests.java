package com.sidekickforge.monitor.api;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sidekickforge.monitor.testsupport.HeadlessChromium;

import static com.sidekickforge.monitor.api.LiveServer.SUPERADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live dashboard of {@code serve} in headless Chromium as a person uses it: signs in on the login page, sees
 * skeletons replaced by the sections htmx loads (from this server: no other host is asked), a section refreshed in
 * place keeps working, and the period and client selectors reload the page for their choice.
 */
class LiveDashboardBrowserTests {

	static HeadlessChromium chromium;

	static String base;

	@BeforeAll
	static void open() {
		base = LiveServer.base().toString();
		chromium = new HeadlessChromium();
	}

	@AfterAll
	static void close() {
		chromium.close();
	}

	@Test
	void aPersonSignsInAndTheSectionsLoadInPlaceFromThisServerOnly() throws Exception {
		// As served, the four refreshing sections are skeletons that load themselves.
		String served = LiveServer.get("/admin/monitoring", SUPERADMIN).body();
		assertThat(served.split("class=\"skeleton\"", -1)).hasSize(1 + 3 + 3);
		assertThat(served).contains("hx-get=\"/admin/partials/monitoring/usage-cards?period=current\"",
				"hx-trigger=\"load\"", "src=\"/webjars/htmx.org/");

		chromium.open(base + "/admin/monitoring", 1366, 900);
		assertThat(chromium.evaluate("document.title").asString()).contains("sign in");
		// The login page itself came with its 401, which Chromium logs: what counts is what follows.
		assertThat(chromium.errors).allMatch((error) -> error.contains("401"));
		chromium.errors.clear();
		chromium.evaluate("document.getElementById('token').value = '" + SUPERADMIN + "';"
				+ " document.querySelector('form').submit(); true");
		awaitDashboard("/admin/monitoring");

		assertThat(chromium.errors).as("console errors").isEmpty();
		assertThat(chromium.requests).as("only this server is asked").allMatch((url) -> url.startsWith(base));
		assertThat(chromium.requests).anyMatch((url) -> url.contains("/webjars/htmx.org/"))
			.anyMatch((url) -> url.contains("/admin/partials/monitoring/sidekick-grid"))
			.anyMatch((url) -> url.contains("/admin/partials/monitoring/health-panel"));
		assertThat(chromium.evaluate("document.querySelectorAll('#usage-cards article.quota').length").asInt()).isEqualTo(3);
		assertThat(chromium.evaluate("document.getElementById('activity-feed').getAttribute('hx-trigger')").asString())
			.isEqualTo("every 15s");
		assertThat(chromium.evaluate("document.getElementById('sidekick-grid').getAttribute('hx-trigger')").asString())
			.isEqualTo("every 30s");
		chromium.screenshot(Path.of("target", "live-dashboard-1366.png"));

		// The refresh button loads every section again now, and the indicator says when they arrived.
		long before = chromium.requests.stream().filter((url) -> url.contains("/admin/partials/monitoring/")).count();
		chromium.click("#refresh-now");
		await().atMost(Duration.ofSeconds(20)).until(() -> chromium.requests.stream()
			.filter((url) -> url.contains("/admin/partials/monitoring/")).count() >= before + 4);
		await().atMost(Duration.ofSeconds(20)).until(() -> chromium.evaluate(
				"document.getElementById('auto-refresh').textContent").asString().contains("updated"));

		// A section replaced by its refresh: what the viewer opened stays open (clients arrive closed), and its cards
		// still open their details.
		String client = chromium.evaluate("document.querySelector('.client-group').getAttribute('data-client')").asString();
		assertThat(chromium.evaluate("document.querySelector('.client-group').open").asBoolean()).isFalse();
		chromium.click(".client-group summary");
		assertThat(chromium.evaluate("document.querySelector('.client-group').open").asBoolean()).isTrue();
		chromium.evaluate("document.getElementById('sidekick-grid').dataset.before = 'yes';"
				+ " htmx.ajax('GET', document.getElementById('sidekick-grid').getAttribute('hx-get'),"
				+ " {target: '#sidekick-grid', swap: 'outerHTML'}); true");
		await().atMost(Duration.ofSeconds(20)).until(() -> chromium.evaluate(
				"!document.getElementById('sidekick-grid').dataset.before").asBoolean());
		await().atMost(Duration.ofSeconds(5)).until(() -> chromium.evaluate(
				"document.querySelector('.client-group[data-client=\"" + client + "\"]').open").asBoolean());
		assertThat(chromium.evaluate("[...document.querySelectorAll('.client-group')].filter((g) => g.open).length")
			.asInt()).as("only the one the viewer opened").isEqualTo(1);
		chromium.evaluate("document.querySelectorAll('.client-group').forEach((g) => g.open = true); true");
		chromium.click(".sidekick");
		assertThat(chromium.evaluate("document.getElementById('sidekick-dialog').open").asBoolean()).isTrue();
		chromium.evaluate("document.getElementById('sidekick-dialog').close(); true");

		// The period and client selectors ask the server for that period or client.
		chromium.evaluate("const p = document.getElementById('period'); p.value = '7d';"
				+ " p.dispatchEvent(new Event('change')); true");
		awaitDashboard("/admin/monitoring");
		assertThat(chromium.evaluate("location.search").asString()).isEqualTo("?period=7d");
		assertThat(chromium.evaluate("document.getElementById('period').value").asString()).isEqualTo("7d");
		assertThat(chromium.evaluate("document.querySelector('#usage-cards .period-figure').getAttribute('data-period')")
			.asString()).isEqualTo("7d");
		chromium.evaluate("const c = document.getElementById('client-filter'); c.value = '" + client + "';"
				+ " c.dispatchEvent(new Event('change')); true");
		awaitDashboard("/admin/monitoring");
		assertThat(chromium.evaluate("location.search").asString()).contains("period=7d", "client_id=" + client);
		assertThat(chromium.evaluate("document.querySelectorAll('.client-group').length").asInt()).isEqualTo(1);
		assertThat(chromium.errors).as("console errors").isEmpty();
		chromium.screenshot(Path.of("target", "live-dashboard-client.png"));
	}

	@Test
	void theDateRangePickerAsksForItsRangeAndThePageHasNoAccessibilityViolation() {
		openSignedIn("/admin/monitoring", 1280);
		assertThat(chromium.evaluate("document.getElementById('custom-range').hidden").asBoolean()).isTrue();
		chromium.evaluate("const p = document.getElementById('period'); p.value = 'custom';"
				+ " p.dispatchEvent(new Event('change')); true");
		assertThat(chromium.evaluate("document.getElementById('custom-range').hidden").asBoolean()).isFalse();
		chromium.evaluate("document.getElementById('range-from').value = '2026-11-03';"
				+ " document.getElementById('range-to').value = '2026-11-09'; true");
		chromium.click("#range-apply");
		awaitDashboard("/admin/monitoring");
		assertThat(chromium.evaluate("location.search").asString()).contains("period=custom", "from=2026-11-03",
				"to=2026-11-09");
		// The range reached the data: the cards' figures are of those days, the selector names them.
		assertThat(chromium.evaluate("document.querySelector('#usage-cards .period-figure').getAttribute('data-period')")
			.asString()).isEqualTo("custom");
		assertThat(chromium.evaluate("document.getElementById('period').selectedOptions[0].textContent").asString())
			.isEqualTo("Custom, 3\u20139 Nov");
		assertThat(chromium.evaluate("document.querySelectorAll('.trend-chart .hit').length").asInt()).isEqualTo(7);
		assertThat(chromium.evaluate("document.getElementById('range-from').value").asString()).isEqualTo("2026-11-03");
		assertThat(chromium.errors).as("console errors").isEmpty();

		for (int width : new int[] { 1280, 375 }) {
			openSignedIn("/admin/monitoring", width);
			chromium.paintWorstCaseBackground();
			assertThat(chromium.accessibilityViolations()).as("all clients, live, at " + width + " px").isEmpty();
			String client = chromium.evaluate("document.querySelector('#client-filter option:nth-child(2)').value").asString();
			openSignedIn("/admin/monitoring?client_id=" + client, width);
			chromium.paintWorstCaseBackground();
			assertThat(chromium.accessibilityViolations()).as("a client, live, at " + width + " px").isEmpty();
		}
	}

	private static void openSignedIn(String path, int width) {
		chromium.open(base + path, width, 900);
		if (chromium.evaluate("document.title").asString().contains("sign in")) {
			chromium.errors.clear(); // the login page's own 401
			chromium.evaluate("document.getElementById('token').value = '" + SUPERADMIN + "';"
					+ " document.querySelector('form').submit(); true");
		}
		awaitDashboard(path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
	}

	/** The page is the dashboard, loaded, with every skeleton replaced by its section. */
	private static void awaitDashboard(String path) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
			.until(() -> chromium.evaluate("location.pathname === '" + path + "' && document.readyState === 'complete'"
					+ " && typeof htmx !== 'undefined' && document.querySelectorAll('.skeleton').length === 0"
					+ " && document.querySelectorAll('.htmx-request').length === 0").asBoolean());
	}

}
