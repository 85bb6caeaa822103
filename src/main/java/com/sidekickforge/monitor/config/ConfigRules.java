package com.sidekickforge.monitor.config;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Rules that look at several fields or files at once: roles and their clients, unique names, reports
 * that name existing schedules, parameters that fit the schedule's job, ascending thresholds.
 */
final class ConfigRules {

	private final ShapeChecker checker;

	ConfigRules(ShapeChecker checker) {
		this.checker = checker;
	}

	/** superadmin sees every client (an empty list); admin and subscriber only those listed. */
	void roles(Node document, String listName) {
		List<Node> entries = YamlNodes.items(YamlNodes.field(document, listName));
		for (int i = 0; i < entries.size(); i++) {
			Node entry = entries.get(i);
			String role = YamlNodes.text(YamlNodes.field(entry, "role"));
			Node clients = YamlNodes.field(entry, "clients");
			boolean none = YamlNodes.items(clients).isEmpty();
			String path = listName + "[" + i + "].clients";
			if ("superadmin".equals(role) && !none) {
				this.checker.problem(clients, path, "a superadmin sees every client",
						"an empty list for superadmin, or role admin/subscriber");
			}
			if (("admin".equals(role) || "subscriber".equals(role)) && none) {
				this.checker.problem((clients != null) ? clients : entry, path,
						("admin".equals(role) ? "an " : "a ") + role + " sees no client",
						"at least one client id or slug");
			}
		}
	}

	/** Webhook URLs without credentials, and not loopback, link-local or private unless allowed. */
	void outboundAddresses(Node document) {
		List<Node> entries = YamlNodes.items(YamlNodes.field(document, "endpoints"));
		for (int i = 0; i < entries.size(); i++) {
			Node url = YamlNodes.field(entries.get(i), "url");
			String text = YamlNodes.text(url);
			if (text == null) {
				continue;
			}
			boolean allowed = "true".equals(YamlNodes.text(YamlNodes.field(entries.get(i), "allow-private")));
			try {
				String problem = OutboundAddresses.problem(URI.create(text.trim()), allowed);
				if (problem != null) {
					this.checker.problem(url, "endpoints[" + i + "].url", problem,
							"a public http(s) URL, or allow-private: true");
				}
			}
			catch (IllegalArgumentException ex) {
				// not a URL: the shape check says so
			}
		}
	}

	/** No two entries of a list share the value of a field (names, clients). */
	void unique(Node document, String listName, String field) {
		Map<String, Integer> seen = new HashMap<>();
		List<Node> entries = YamlNodes.items(YamlNodes.field(document, listName));
		for (int i = 0; i < entries.size(); i++) {
			Node value = YamlNodes.field(entries.get(i), field);
			String text = YamlNodes.text(value);
			if (text != null) {
				Integer first = seen.putIfAbsent(text, i);
				if (first != null) {
					this.checker.problem(value, listName + "[" + i + "]." + field,
							"'" + text + "' is already used by " + listName + "[" + first + "]", "a unique " + field);
				}
			}
		}
	}

	/** Each recipient's reports name report schedules that exist in the jobs directory. */
	void reportsExist(Node document, Set<String> schedules) {
		List<Node> entries = YamlNodes.items(YamlNodes.field(document, "recipients"));
		for (int i = 0; i < entries.size(); i++) {
			List<Node> reports = YamlNodes.items(YamlNodes.field(entries.get(i), "reports"));
			for (int j = 0; j < reports.size(); j++) {
				String name = YamlNodes.text(reports.get(j));
				if (name != null && !schedules.contains(name)) {
					this.checker.problem(reports.get(j), "recipients[" + i + "].reports[" + j + "]",
							"no report schedule named '" + name + "' in the jobs directory",
							"one of " + (schedules.isEmpty() ? "(no report schedules)"
									: String.join(", ", new TreeSet<>(schedules))));
				}
			}
		}
	}

	/** Threshold percents go up, each once. */
	void ascendingPercents(Node document) {
		List<Node> entries = YamlNodes.items(YamlNodes.field(document, "thresholds"));
		for (int i = 0; i < entries.size(); i++) {
			List<Node> percents = YamlNodes.items(YamlNodes.field(entries.get(i), "percents"));
			int previous = 0;
			for (int j = 0; j < percents.size(); j++) {
				String text = YamlNodes.text(percents.get(j));
				if (text == null || !text.matches("\\d{1,4}")) {
					continue; // reported by the shape
				}
				int percent = Integer.parseInt(text);
				if (percent <= previous) {
					this.checker.problem(percents.get(j), "thresholds[" + i + "].percents[" + j + "]",
							percent + " does not follow " + previous, "percents in ascending order, each once");
				}
				previous = Math.max(previous, percent);
			}
		}
	}

	/** A schedule's parameters fit its job, and its name is its file's name. */
	void schedule(Node document, String fileName, JobCatalog jobs) {
		String job = YamlNodes.text(YamlNodes.field(document, "job"));
		String name = YamlNodes.text(YamlNodes.field(document, "name"));
		String expectedName = fileName.replaceFirst("\\.ya?ml$", "");
		if (name != null && !name.equals(expectedName)) {
			this.checker.problem(YamlNodes.field(document, "name"), "name",
					"'" + name + "' differs from the file name", "'" + expectedName + "', the file's name without .yml");
		}
		List<String> parameters = jobs.job(job).map(JobDeclaration::scheduledNames).orElse(null);
		if (parameters == null || !(document instanceof MappingNode mapping)) {
			return;
		}
		Set<String> scheduledByAnyJob = ConfigSchema.schedule(jobs).fields().keySet();
		for (var tuple : mapping.getValue()) {
			String key = YamlNodes.text(tuple.getKeyNode());
			if (key != null && !ConfigSchema.SCHEDULE_FIELDS.contains(key) && !parameters.contains(key)
					&& scheduledByAnyJob.contains(key)) {
				this.checker.problem(tuple.getKeyNode(), key, "not a parameter of job " + job,
						parameters.isEmpty() ? "no parameters for " + job : "one of " + String.join(", ", parameters));
			}
		}
	}

}
