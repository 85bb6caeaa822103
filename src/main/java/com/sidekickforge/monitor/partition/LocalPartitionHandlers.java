package com.sidekickforge.monitor.partition;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

import com.sidekickforge.monitor.config.ForgeProperties;

/**
 * Without a broker (the default): a step's partitions run on this process's threads, at most
 * {@code forge.partitions.threads} at a time (Spring Batch's {@link TaskExecutorPartitionHandler}).
 */
@Component
@ConditionalOnProperty(prefix = "forge.partitions", name = "remote", havingValue = "false", matchIfMissing = true)
class LocalPartitionHandlers implements PartitionHandlers {

	private final int threads;

	LocalPartitionHandlers(ForgeProperties properties) {
		this.threads = properties.partitions().threads();
	}

	@Override
	public PartitionHandler handlerFor(Step worker) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(worker.getName() + "-");
		executor.setConcurrencyLimit(this.threads);
		TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
		handler.setStep(worker);
		handler.setTaskExecutor(executor);
		return handler;
	}

}
