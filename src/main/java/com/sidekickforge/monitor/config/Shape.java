package com.sidekickforge.monitor.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a YAML node may hold: a scalar checked by a rule, a list of one shape, or a mapping with known
 * fields. {@link ShapeChecker} walks a document against it.
 */
sealed interface Shape permits Shape.Scalar, Shape.Sequence, Shape.Mapping {

	/** Words for "expected ..." in a problem. */
	String expected();

	/**
	 * A single value.
	 * @param check returns null when the value is fine, else what is wrong with it
	 */
	record Scalar(String expected, Function<String, String> check) implements Shape {
	}

	/** A list whose items all have one shape. */
	record Sequence(Shape item) implements Shape {

		@Override
		public String expected() {
			return "a list of " + this.item.expected();
		}

	}

	/** A mapping with these fields; {@code required} names those that must be there. */
	record Mapping(Map<String, Shape> fields, List<String> required) implements Shape {

		@Override
		public String expected() {
			return "a mapping with " + String.join(", ", this.fields.keySet());
		}

		static Builder builder() {
			return new Builder();
		}

		/** Builds a mapping field by field, in the order a user reads them. */
		static final class Builder {

			private final Map<String, Shape> fields = new LinkedHashMap<>();

			private final List<String> required = new ArrayList<>();

			Builder required(String name, Shape shape) {
				this.fields.put(name, shape);
				this.required.add(name);
				return this;
			}

			Builder optional(String name, Shape shape) {
				this.fields.put(name, shape);
				return this;
			}

			Mapping build() {
				return new Mapping(new LinkedHashMap<>(this.fields), List.copyOf(this.required));
			}

		}

	}

}
