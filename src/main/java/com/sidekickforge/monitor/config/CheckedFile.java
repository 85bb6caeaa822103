package com.sidekickforge.monitor.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.yaml.snakeyaml.nodes.Node;

/**
 * A user's YAML file read for use: checked against its shape first (the same checks as
 * {@code check-config}), environment references resolved; any problem fails the read with all of them.
 */
final class CheckedFile {

	private final List<Node> documents;

	private final ShapeChecker checker;

	private final List<ConfigProblem> problems;

	private CheckedFile(List<Node> documents, ShapeChecker checker, List<ConfigProblem> problems) {
		this.documents = documents;
		this.checker = checker;
		this.problems = problems;
	}

	static CheckedFile read(Path file, Shape.Mapping shape, Map<String, String> environment) {
		List<ConfigProblem> problems = new ArrayList<>();
		List<Node> documents = YamlNodes.read(file, problems);
		ShapeChecker checker = new ShapeChecker(file, new EnvironmentValues(environment), problems);
		documents.forEach((document) -> checker.check(document, shape, ""));
		return new CheckedFile(documents, checker, problems);
	}

	/** The file's documents (a file may hold several, separated by ---). */
	List<Node> documents() {
		return this.documents;
	}

	/** The entries of a top-level list, over every document of the file. */
	List<Node> entries(String list) {
		List<Node> entries = new ArrayList<>();
		this.documents.forEach((document) -> entries.addAll(YamlNodes.items(YamlNodes.field(document, list))));
		return entries;
	}

	/** Applies a rule that looks at whole documents (such as unique names). */
	void rule(BiConsumer<ConfigRules, Node> rule) {
		ConfigRules rules = new ConfigRules(this.checker);
		this.documents.forEach((document) -> rule.accept(rules, document));
	}

	/** A field's text, environment references resolved; null when absent or empty. */
	String text(Node entry, String field) {
		Node node = YamlNodes.field(entry, field);
		return (node != null) ? this.checker.value(node, field) : null;
	}

	/** A list field's texts; empty when absent. */
	List<String> texts(Node entry, String field) {
		List<String> texts = new ArrayList<>();
		for (Node item : YamlNodes.items(YamlNodes.field(entry, field))) {
			String text = this.checker.value(item, field);
			if (text != null) {
				texts.add(text);
			}
		}
		return List.copyOf(texts);
	}

	/** Throws every problem found, if any. */
	void requireValid() {
		if (!this.problems.isEmpty()) {
			throw new ConfigException(this.problems);
		}
	}

}
