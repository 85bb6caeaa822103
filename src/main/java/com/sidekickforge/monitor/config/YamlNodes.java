package com.sidekickforge.monitor.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads YAML files as node trees (which keep line numbers) and finds fields in them. */
final class YamlNodes {

	private YamlNodes() {
	}

	/**
	 * The documents of a file; a syntax error becomes a problem and an empty list.
	 */
	static List<Node> read(Path file, List<ConfigProblem> problems) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(true); // reported with their line by ShapeChecker instead
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<Node> documents = new ArrayList<>();
			for (Node node : new Yaml(options).composeAll(reader)) {
				if (node != null) {
					documents.add(node);
				}
			}
			return documents;
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 1;
			problems.add(new ConfigProblem(file, line, "(yaml)", "not valid YAML: " + ex.getProblem(),
					"well-formed YAML"));
			return List.of();
		}
		catch (IOException ex) {
			problems.add(new ConfigProblem(file, 1, "(file)", "cannot read: " + ex.getMessage(), "a readable file"));
			return List.of();
		}
	}

	static Node field(Node mapping, String key) {
		if (mapping instanceof MappingNode map) {
			for (NodeTuple tuple : map.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
					return tuple.getValueNode();
				}
			}
		}
		return null;
	}

	static List<Node> items(Node sequence) {
		return (sequence instanceof SequenceNode list) ? list.getValue() : List.of();
	}

	static String text(Node node) {
		return (node instanceof ScalarNode scalar && !ShapeChecker.isEmpty(scalar)) ? scalar.getValue() : null;
	}

}
