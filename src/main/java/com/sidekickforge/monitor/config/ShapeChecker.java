package com.sidekickforge.monitor.config;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Walks a parsed YAML document against a {@link Shape} and records every problem with its line:
 * unknown fields, missing required ones, values of the wrong kind, unset environment variables.
 */
final class ShapeChecker {

	private final Path file;

	private final EnvironmentValues environment;

	private final List<ConfigProblem> problems;

	ShapeChecker(Path file, EnvironmentValues environment, List<ConfigProblem> problems) {
		this.file = file;
		this.environment = environment;
		this.problems = problems;
	}

	void check(Node node, Shape shape, String path) {
		switch (shape) {
			case Shape.Scalar scalar -> checkScalar(node, scalar, path);
			case Shape.Sequence sequence -> checkSequence(node, sequence, path);
			case Shape.Mapping mapping -> checkMapping(node, mapping, path);
		}
	}

	/** The scalar text of a node with environment references resolved, or null for an empty value. */
	String value(Node node, String path) {
		if (!(node instanceof ScalarNode scalar) || scalar.getTag().getValue().endsWith(":null")) {
			return null;
		}
		try {
			return this.environment.resolve(scalar.getValue());
		}
		catch (IllegalArgumentException ex) {
			problem(node, path, "environment variable " + ex.getMessage() + " is not set",
					"it to be set where Forge Monitor runs");
			return null;
		}
	}

	void problem(Node node, String path, String problem, String expected) {
		this.problems.add(new ConfigProblem(this.file, node.getStartMark().getLine() + 1, path, problem, expected));
	}

	private void checkScalar(Node node, Shape.Scalar shape, String path) {
		if (!(node instanceof ScalarNode)) {
			problem(node, path, "is a " + kind(node), shape.expected());
			return;
		}
		String value = value(node, path);
		if (value == null || value.isBlank()) {
			if (!((ScalarNode) node).getValue().contains("${")) {
				problem(node, path, "is empty", shape.expected());
			}
			return;
		}
		String wrong = shape.check().apply(value);
		if (wrong != null) {
			problem(node, path, wrong, shape.expected());
		}
	}

	private void checkSequence(Node node, Shape.Sequence shape, String path) {
		if (!(node instanceof SequenceNode sequence)) {
			if (isEmpty(node)) {
				return;
			}
			problem(node, path, "is a " + kind(node), shape.expected());
			return;
		}
		List<Node> items = sequence.getValue();
		for (int i = 0; i < items.size(); i++) {
			check(items.get(i), shape.item(), path + "[" + i + "]");
		}
	}

	private void checkMapping(Node node, Shape.Mapping shape, String path) {
		if (!(node instanceof MappingNode mapping)) {
			problem(node, path.isEmpty() ? "(document)" : path, "is a " + kind(node), shape.expected());
			return;
		}
		Set<String> seen = new HashSet<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = (tuple.getKeyNode() instanceof ScalarNode scalar) ? scalar.getValue() : "?";
			String fieldPath = path.isEmpty() ? key : path + "." + key;
			Shape field = shape.fields().get(key);
			if (!seen.add(key)) {
				problem(tuple.getKeyNode(), fieldPath, "appears twice", "each field once");
			}
			else if (field == null) {
				problem(tuple.getKeyNode(), fieldPath, "unknown field",
						"one of " + String.join(", ", shape.fields().keySet()));
			}
			else if (isEmpty(tuple.getValueNode()) && !shape.required().contains(key)) {
				continue; // an optional field left empty keeps its default
			}
			else {
				check(tuple.getValueNode(), field, fieldPath);
			}
		}
		for (String required : shape.required()) {
			if (!seen.contains(required)) {
				problem(node, path.isEmpty() ? required : path + "." + required, "missing required field",
						shape.fields().get(required).expected());
			}
		}
	}

	static boolean isEmpty(Node node) {
		return node instanceof ScalarNode scalar
				&& (scalar.getTag().getValue().endsWith(":null") || scalar.getValue().isEmpty());
	}

	private static String kind(Node node) {
		return switch (node.getNodeId()) {
			case scalar -> "single value";
			case sequence -> "list";
			case mapping -> "mapping";
			default -> "reference";
		};
	}

}
