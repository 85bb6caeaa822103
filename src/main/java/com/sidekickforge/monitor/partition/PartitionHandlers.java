package com.sidekickforge.monitor.partition;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.step.Step;

/** How a partitioned step's partitions run: on this process's threads, or sent to the worker nodes. */
public interface PartitionHandlers {

	/** The handler running the worker step's partitions, each from the step execution the splitter made. */
	PartitionHandler handlerFor(Step worker);

}
