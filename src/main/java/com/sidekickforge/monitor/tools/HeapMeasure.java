package com.sidekickforge.monitor.tools;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

/**
 * Times a piece of work and the peak heap it reached: for the benchmarks. The heap in use only grows between
 * collections, so its peak is the largest total a collection found when it began (or what is in use at the end);
 * the sum of each pool's own peak, reached at different moments, overstates it (it can exceed {@code -Xmx}).
 *
 * @param peakHeapMiB the most heap in use at any moment (never above {@code -Xmx}; a collector that lets the heap fill
 * before collecting reaches it whatever the work needs)
 * @param peakLiveMiB the most heap still in use after a collection: what the work kept, the heap it needs
 */
record HeapMeasure<T>(T result, double seconds, long peakHeapMiB, long peakLiveMiB) {

	static <T> HeapMeasure<T> of(Supplier<T> work) {
		System.gc();
		AtomicLong peak = new AtomicLong(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		AtomicLong live = new AtomicLong(peak.get());
		List<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getName)
			.toList();
		NotificationListener listener = (notification, handback) -> {
			if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				return;
			}
			GcInfo collection = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
				.getGcInfo();
			peak.accumulateAndGet(inUse(collection.getMemoryUsageBeforeGc(), heapPools), Math::max);
			live.accumulateAndGet(inUse(collection.getMemoryUsageAfterGc(), heapPools), Math::max);
		};
		List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.filter(NotificationEmitter.class::isInstance)
			.map(NotificationEmitter.class::cast)
			.toList();
		collectors.forEach((collector) -> collector.addNotificationListener(listener, null, null));
		long started = System.nanoTime();
		try {
			T result = work.get();
			double seconds = (System.nanoTime() - started) / 1e9;
			peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
			return new HeapMeasure<>(result, seconds, peak.get() >> 20, live.get() >> 20);
		}
		finally {
			for (NotificationEmitter collector : collectors) {
				try {
					collector.removeNotificationListener(listener);
				}
				catch (ListenerNotFoundException ex) {
					// not added: nothing to remove
				}
			}
		}
	}

	/** The heap in use at one moment of a collection (its start or its end), summed over the heap's pools. */
	private static long inUse(Map<String, MemoryUsage> usage, List<String> heapPools) {
		return heapPools.stream().map(usage::get).filter(Objects::nonNull).mapToLong(MemoryUsage::getUsed).sum();
	}

}
