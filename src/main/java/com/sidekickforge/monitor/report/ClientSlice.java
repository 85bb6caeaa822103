package com.sidekickforge.monitor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The clients whose id begins with four hex digits from {@code first} (inclusive) to {@code end} (exclusive): one
 * node's share of a report run. Slices cut the id space, not a list of clients, so every client, even one added
 * while the run goes on, falls in exactly one slice, and nodes need not agree on a list.
 */
record ClientSlice(int first, int end) {

	private static final int SPACE = 0x10000;

	/** {@code n} slices of about equal size, covering every id. */
	public static List<ClientSlice> of(int n) {
		List<ClientSlice> slices = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			slices.add(new ClientSlice(SPACE * i / n, SPACE * (i + 1) / n));
		}
		return slices;
	}

	/** The slice a name (as given by {@link #name()}) stands for. */
	public static ClientSlice parse(String name) {
		String[] bounds = name.split("-");
		return new ClientSlice(Integer.parseInt(bounds[0], 16), Integer.parseInt(bounds[1], 16));
	}

	public boolean contains(UUID client) {
		int prefix = (int) (client.getMostSignificantBits() >>> 48);
		return prefix >= this.first && prefix < this.end;
	}

	/** Like {@code 0000-8000}: the bounds in hex. */
	public String name() {
		return String.format(Locale.ROOT, "%04x-%04x", this.first, this.end);
	}

}
