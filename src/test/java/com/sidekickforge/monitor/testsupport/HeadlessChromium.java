package com.sidekickforge.monitor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket, no driver): opens a page at a given
 * width, records console errors, uncaught exceptions and every network request, evaluates script and clicks
 * with the mouse. Fails with a clear message when Chromium is not installed ({@code .ci/run} installs it).
 */
public final class HeadlessChromium implements AutoCloseable {

	private final Process process;

	private final Path profile;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();

	private final AtomicInteger ids = new AtomicInteger();

	private final WebSocket page;

	private final StringBuilder partial = new StringBuilder();

	/** Console errors and uncaught exceptions of the page. */
	public final List<String> errors = Collections.synchronizedList(new ArrayList<>());

	/** Every URL the page asked for. */
	public final List<String> requests = Collections.synchronizedList(new ArrayList<>());

	private volatile boolean loaded;

	public HeadlessChromium() {
		Path binary = Path.of("/usr/bin/chromium");
		if (!Files.isExecutable(binary)) {
			throw new IllegalStateException("Chromium is not installed at /usr/bin/chromium: "
					+ "apt-get install -y chromium (.ci/run does this)");
		}
		try {
			this.profile = Files.createTempDirectory("forge-chromium");
			this.process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
					"--no-first-run", "--disable-extensions", "--remote-debugging-port=0",
					"--user-data-dir=" + this.profile, "about:blank")
				.redirectErrorStream(true)
				.redirectOutput(this.profile.resolve("chromium.log").toFile())
				.start();
			Path portFile = this.profile.resolve("DevToolsActivePort");
			await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2);
			int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
			HttpClient http = HttpClient.newHttpClient();
			String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			String socket = null;
			for (JsonNode target : this.json.readTree(list)) {
				if ("page".equals(target.get("type").asString())) {
					socket = target.get("webSocketDebuggerUrl").asString();
				}
			}
			this.page = http.newWebSocketBuilder().buildAsync(URI.create(socket), new Listener()).get(30, TimeUnit.SECONDS);
			call("Runtime.enable", Map.of());
			call("Log.enable", Map.of());
			call("Network.enable", Map.of());
			call("Page.enable", Map.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot drive Chromium: " + ex.getMessage(), ex);
		}
	}

	/** Opens a page at a window width and waits for its load event. */
	public void open(String url, int width, int height) {
		this.errors.clear();
		this.requests.clear();
		this.loaded = false;
		call("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
		call("Page.navigate", Map.of("url", url));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.loaded);
	}

	/** Evaluates an expression in the page and returns its value as JSON. */
	public JsonNode evaluate(String expression) {
		JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
		if (result.has("exceptionDetails")) {
			throw new IllegalStateException("Script failed: " + result.get("exceptionDetails"));
		}
		return result.get("result").get("value");
	}

	/**
	 * The page's violations of WCAG 2.1 A and AA as axe-core (npm, pinned in {@code src/test/browser}) finds them,
	 * each as "rule: what it asks (the elements)"; empty when there is none.
	 */
	public List<String> accessibilityViolations() {
		Path axe = Path.of("src", "test", "browser", "node_modules", "axe-core", "axe.min.js");
		if (!Files.isRegularFile(axe)) {
			throw new IllegalStateException("axe-core is not installed at " + axe
					+ ": (cd src/test/browser && npm ci) (./run-tests does this when npm is there)");
		}
		try {
			evaluate(Files.readString(axe) + "; true");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		JsonNode result = call("Runtime.evaluate", Map.of("expression",
				"axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
						+ ".then((r) => r.violations.map((v) => v.id + ': ' + v.help + ' ('"
						+ " + v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ') + (v.nodes.length > 5 ? ', ...' : '')"
						+ " + ')'))",
				"returnByValue", true, "awaitPromise", true));
		if (result.has("exceptionDetails")) {
			throw new IllegalStateException("axe-core failed: " + result.get("exceptionDetails"));
		}
		List<String> violations = new ArrayList<>();
		result.get("result").get("value").forEach((v) -> violations.add(v.asString()));
		return violations;
	}

	/**
	 * Paints the page's background a shade lighter than the lightest its gradients reach, and takes the blur off
	 * its cards: axe-core cannot compute contrast over a gradient or a backdrop filter (it leaves such text "to
	 * review"), and the dark theme's light text has its least contrast over the lightest background, so a pass
	 * here holds everywhere.
	 */
	public void paintWorstCaseBackground() {
		evaluate("(() => { const s = document.createElement('style'); s.textContent = 'html, body { background: rgb(32, 36, 36)"
				+ " !important; } .card { backdrop-filter: none !important; -webkit-backdrop-filter: none !important; }';"
				+ " document.head.appendChild(s); return true; })()");
	}

	/** A real key press (Tab, Enter, ...) sent to the page as a keyboard would. */
	public void press(String key) {
		for (String type : List.of("rawKeyDown", "keyUp")) {
			call("Input.dispatchKeyEvent", Map.of("type", type, "key", key, "code", key,
					"windowsVirtualKeyCode", "Tab".equals(key) ? 9 : ("Enter".equals(key) ? 13 : 0)));
		}
	}

	/** The mouse moved over the middle of the first element the selector finds (hover). */
	public void hover(String selector) {
		JsonNode point = pointAt(selector, "r.width / 2");
		call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", point.get("x").asDouble(), "y",
				point.get("y").asDouble()));
	}

	/** A real mouse click in the middle of the first element the selector finds (at most 20 px in from its left). */
	public void click(String selector) {
		JsonNode point = pointAt(selector, "Math.min(r.width / 2, 20)");
		for (String type : List.of("mousePressed", "mouseReleased")) {
			call("Input.dispatchMouseEvent", Map.of("type", type, "x", point.get("x").asDouble(), "y",
					point.get("y").asDouble(), "button", "left", "clickCount", 1));
		}
	}

	/**
	 * The first element the selector finds, scrolled into view: a point of it, {@code across} from its left (an
	 * expression of its bounding rectangle {@code r}), halfway down.
	 */
	private JsonNode pointAt(String selector, String across) {
		return evaluate("(() => { const e = document.querySelector(" + this.json.writeValueAsString(selector)
				+ "); e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
				+ " return {x: r.left + " + across + ", y: r.top + r.height / 2}; })()");
	}

	/** Saves what the page shows as a PNG. */
	public void screenshot(Path file) {
		JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
		try {
			Files.write(file, Base64.getDecoder().decode(shot.get("data").asString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private JsonNode call(String method, Map<String, Object> params) {
		int id = this.ids.incrementAndGet();
		CompletableFuture<JsonNode> answer = new CompletableFuture<>();
		this.answers.put(id, answer);
		String message = this.json.writeValueAsString(Map.of("id", id, "method", method, "params", params));
		this.page.sendText(message, true).join();
		try {
			JsonNode reply = answer.get(30, TimeUnit.SECONDS);
			if (reply.has("error")) {
				throw new IllegalStateException(method + ": " + reply.get("error"));
			}
			return reply.get("result");
		}
		catch (Exception ex) {
			throw new IllegalStateException(method + " got no answer: " + ex.getMessage(), ex);
		}
	}

	private void onMessage(String text) {
		JsonNode message = this.json.readTree(text);
		if (message.has("id")) {
			CompletableFuture<JsonNode> answer = this.answers.remove(message.get("id").asInt());
			if (answer != null) {
				answer.complete(message);
			}
			return;
		}
		String method = message.path("method").asString("");
		JsonNode params = message.path("params");
		switch (method) {
			case "Page.loadEventFired" -> this.loaded = true;
			case "Page.javascriptDialogOpening" -> {
				this.errors.add("dialog: " + params.path("message").asString(""));
				this.page.sendText(this.json.writeValueAsString(Map.of("id", this.ids.incrementAndGet(), "method",
						"Page.handleJavaScriptDialog", "params", Map.of("accept", true))), true);
			}
			case "Network.requestWillBeSent" -> this.requests.add(params.path("request").path("url").asString(""));
			case "Runtime.exceptionThrown" -> this.errors.add("exception: " + params.path("exceptionDetails"));
			case "Runtime.consoleAPICalled" -> {
				if ("error".equals(params.path("type").asString(""))) {
					this.errors.add("console.error: " + params.path("args"));
				}
			}
			case "Log.entryAdded" -> {
				if ("error".equals(params.path("entry").path("level").asString(""))) {
					this.errors.add("log: " + params.path("entry").path("text").asString(""));
				}
			}
			default -> {
			}
		}
	}

	private final class Listener implements WebSocket.Listener {

		@Override
		public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
			HeadlessChromium.this.partial.append(data);
			if (last) {
				String text = HeadlessChromium.this.partial.toString();
				HeadlessChromium.this.partial.setLength(0);
				onMessage(text);
			}
			socket.request(1);
			return null;
		}

	}

	@Override
	public void close() {
		this.page.abort();
		this.process.destroy();
		try {
			this.process.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.process.destroyForcibly();
	}

}
