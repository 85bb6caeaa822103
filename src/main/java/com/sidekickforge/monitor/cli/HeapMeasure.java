package com.sidekickforge.monitor.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.function.Supplier;

/** Times a piece of work and the peak heap it reached (the JVM's pools reset first): for the benchmarks. */
record HeapMeasure<T>(T result, double seconds, long peakHeapMiB) {

	static <T> HeapMeasure<T> of(Supplier<T> work) {
		System.gc();
		var pools = ManagementFactory.getMemoryPoolMXBeans();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		long started = System.nanoTime();
		T result = work.get();
		double seconds = (System.nanoTime() - started) / 1e9;
		long peak = pools.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
		return new HeapMeasure<>(result, seconds, peak >> 20);
	}

}
