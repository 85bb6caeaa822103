package com.sidekickforge.monitor.report.read;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A timeline event's facts in the order they were added, kept as one array of names and values: a run holds the
 * newest events of every client (two hundred thousand for a thousand clients) for its whole length, and a linked
 * hash map per event was the largest part of its heap. Read-only once built; names are the code's own constants.
 */
final class EventFacts extends AbstractMap<String, Object> {

	private final Object[] pairs;

	private EventFacts(Object[] pairs) {
		this.pairs = pairs;
	}

	static Builder builder() {
		return new Builder();
	}

	/** These facts and one more (or one replaced), in a new instance. */
	EventFacts with(String name, Object value) {
		Builder builder = new Builder();
		for (int i = 0; i < this.pairs.length; i += 2) {
			if (!this.pairs[i].equals(name)) {
				builder.put((String) this.pairs[i], this.pairs[i + 1]);
			}
		}
		return builder.put(name, value).build();
	}

	@Override
	public Object get(Object name) {
		for (int i = 0; i < this.pairs.length; i += 2) {
			if (this.pairs[i].equals(name)) {
				return this.pairs[i + 1];
			}
		}
		return null;
	}

	@Override
	public boolean containsKey(Object name) {
		return get(name) != null;
	}

	@Override
	public int size() {
		return this.pairs.length / 2;
	}

	@Override
	public Set<Entry<String, Object>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public Iterator<Entry<String, Object>> iterator() {
				return new Iterator<>() {

					private int next;

					@Override
					public boolean hasNext() {
						return this.next < EventFacts.this.pairs.length;
					}

					@Override
					public Entry<String, Object> next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						int at = this.next;
						this.next += 2;
						return new SimpleImmutableEntry<>((String) EventFacts.this.pairs[at], EventFacts.this.pairs[at + 1]);
					}

				};
			}

			@Override
			public int size() {
				return EventFacts.this.size();
			}

		};
	}

	/** Collects facts in order; a fact without a value is left out. */
	static final class Builder {

		private Object[] pairs = new Object[16];

		private int length;

		Builder put(String name, Object value) {
			if (value != null) {
				if (this.length == this.pairs.length) {
					this.pairs = Arrays.copyOf(this.pairs, this.length * 2);
				}
				this.pairs[this.length++] = name;
				this.pairs[this.length++] = value;
			}
			return this;
		}

		EventFacts build() {
			return new EventFacts(Arrays.copyOf(this.pairs, this.length));
		}

	}

}
