/**
 * Spring Batch's remote partitioning over RabbitMQ ({@code forge.partitions.remote}): a manager step sends one
 * {@code StepExecutionRequest} per partition to a durable queue and reads the partitions' outcome in the shared job
 * repository; each {@code serve} node consumes the queue and acknowledges a request once its partition's step has
 * ended, so the request of a worker that dies goes to another.
 */
package com.sidekickforge.monitor.partition.amqp;
