package com.sidekickforge.monitor.sampledata;

import java.util.SplittableRandom;
import java.util.UUID;

/** Random (version 4) UUIDs and hex tokens drawn from a seeded generator, so that ids repeat per seed. */
final class Ids {

	private Ids() {
	}

	static UUID uuid(SplittableRandom random) {
		long most = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
		long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least);
	}

	static String hex(SplittableRandom random, int length) {
		StringBuilder out = new StringBuilder(length);
		while (out.length() < length) {
			out.append(Long.toHexString(random.nextLong() | Long.MIN_VALUE));
		}
		return out.substring(0, length);
	}

}
