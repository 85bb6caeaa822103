package com.sidekickforge.monitor.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Checks the {@code forge.*} part of {@code application.yml}. Spring Boot reads nested and dotted keys
 * alike and matches names loosely ({@code outputDir}, {@code output-dir}, {@code output_dir}), so the
 * check does the same; {@code spring.*} and other settings are Spring's own business.
 */
final class ApplicationSettingsCheck {

	private final ShapeChecker checker;

	/** Canonical names by their loose form. */
	private final Map<String, String> canonical = new TreeMap<>();

	private final Map<String, Shape> settings = ConfigSchema.settings();

	ApplicationSettingsCheck(ShapeChecker checker) {
		this.checker = checker;
		this.settings.keySet().forEach((name) -> this.canonical.put(loose(name), name));
	}

	void check(Node document) {
		walk(document, "");
	}

	private void walk(Node node, String prefix) {
		if (!(node instanceof MappingNode mapping)) {
			return;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				continue;
			}
			String name = prefix.isEmpty() ? key.getValue() : prefix + "." + key.getValue();
			String loose = loose(name);
			if (!loose.equals("forge") && !loose.startsWith("forge.")) {
				continue;
			}
			String known = this.canonical.get(loose);
			if (known != null) {
				leaf(tuple.getValueNode(), known, this.settings.get(known));
			}
			else if (tuple.getValueNode() instanceof MappingNode && isPrefixOfKnown(loose)) {
				walk(tuple.getValueNode(), name);
			}
			else {
				this.checker.problem(key, name, "unknown setting", "one of " + String.join(", ", this.settings.keySet()
					.stream()
					.filter((s) -> s.startsWith(parentOf(known(loose))))
					.sorted()
					.toList()));
			}
		}
	}

	private void leaf(Node value, String name, Shape shape) {
		if (value instanceof ScalarNode scalar && scalar.getValue().contains("${")) {
			return; // a Spring placeholder, resolved when the application starts
		}
		if (shape instanceof Shape.Sequence && value instanceof ScalarNode scalar) {
			// Spring also takes a list as one comma-separated value: "80,90,100".
			for (String item : scalar.getValue().split(",")) {
				String wrong = ((Shape.Scalar) ((Shape.Sequence) shape).item()).check().apply(item.trim());
				if (wrong != null) {
					this.checker.problem(value, name, wrong, shape.expected());
				}
			}
			return;
		}
		if (shape instanceof Shape.Scalar && value instanceof SequenceNode) {
			this.checker.problem(value, name, "is a list", shape.expected());
			return;
		}
		if (ShapeChecker.isEmpty(value)) {
			return; // empty: the default applies
		}
		this.checker.check(value, shape, name);
	}

	private boolean isPrefixOfKnown(String loose) {
		return this.canonical.keySet().stream().anyMatch((name) -> name.startsWith(loose + "."));
	}

	/** The longest known group the unknown name sits in, for the list of what is expected. */
	private String known(String loose) {
		String group = loose;
		while (group.contains(".") && !isPrefixOfKnown(group)) {
			group = group.substring(0, group.lastIndexOf('.'));
		}
		return group;
	}

	private String parentOf(String looseGroup) {
		for (String name : this.settings.keySet()) {
			if (loose(name).startsWith(looseGroup + ".")) {
				String[] parts = name.split("\\.");
				return String.join(".", Arrays.copyOf(parts, looseGroup.split("\\.").length)) + ".";
			}
		}
		return "forge.";
	}

	private static String loose(String name) {
		return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
	}

}
