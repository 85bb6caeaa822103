package com.sidekickforge.monitor.rollup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.sidekickforge.monitor.source.TenantDatabases;

/**
 * Splits the event step by source database and kind: the units (the platform's shared tables, each client's own
 * database) dealt in turn to at most {@code gridSize} partitions, longest first, so that each partition gets one of
 * the long transcript scans before any gets a second.
 */
class EventUnitPartitioner implements Partitioner {

	private final TenantDatabases tenants;

	private final RollupPlan plan;

	EventUnitPartitioner(TenantDatabases tenants, RollupPlan plan) {
		this.tenants = tenants;
		this.plan = plan;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<EventUnit> units = new ArrayList<>(EventUnit.over(EventUnit.sources(this.tenants.partitions(),
				this.plan.client())));
		// Kinds in their order (longest first), databases in theirs within a kind.
		units.sort(Comparator.comparing(EventUnit::kind));
		int count = Math.min(gridSize, units.size());
		List<List<String>> keys = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			keys.add(new ArrayList<>());
		}
		for (int i = 0; i < units.size(); i++) {
			keys.get(i % count).add(units.get(i).key());
		}
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			ExecutionContext context = new ExecutionContext();
			context.putString(EventTasklet.UNITS, String.join(",", keys.get(i)));
			partitions.put("units-" + i, context);
		}
		return partitions;
	}

}
