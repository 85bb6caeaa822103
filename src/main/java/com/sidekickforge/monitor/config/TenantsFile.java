package com.sidekickforge.monitor.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code tenants.yml}: checked against its schema first, environment references resolved. */
public final class TenantsFile {

	private TenantsFile() {
	}

	/** The entries of the file; none when it does not exist. Throws listing every problem when it is wrong. */
	public static List<TenantDatabase> read(Path file, Map<String, String> environment) {
		if (!Files.exists(file)) {
			return List.of();
		}
		List<ConfigProblem> problems = new ArrayList<>();
		List<Node> documents = YamlNodes.read(file, problems);
		EnvironmentValues values = new EnvironmentValues(environment);
		ShapeChecker checker = new ShapeChecker(file, values, problems);
		List<TenantDatabase> tenants = new ArrayList<>();
		for (Node document : documents) {
			checker.check(document, ConfigSchema.tenants(), "");
			new ConfigRules(checker).unique(document, "tenants", "client");
			for (Node entry : YamlNodes.items(YamlNodes.field(document, "tenants"))) {
				tenants.add(new TenantDatabase(text(checker, entry, "client"), text(checker, entry, "url"),
						text(checker, entry, "username"), text(checker, entry, "password")));
			}
		}
		if (!problems.isEmpty()) {
			throw new ConfigException(problems);
		}
		return tenants;
	}

	private static String text(ShapeChecker checker, Node entry, String field) {
		Node node = YamlNodes.field(entry, field);
		return (node != null) ? checker.value(node, field) : null;
	}

}
